using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>GET /me/activity-bar: whether the no-show rule bars the caller from sign-ups, the no-shows that count and until when.</summary>
public static class GetMyActivityBar
{
    public static async Task<Ok<ActivityRules.BarResponse>> Handle(
        HttpContext http, MySqlDataSource db, IOptions<NoShowOptions> options, TimeProvider clock, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return TypedResults.Ok(await ActivityRules.BarAsync(conn, null, http.User.MemberId()!.Value, options.Value, clock.GetUtcNow().UtcDateTime, ct));
    }
}
