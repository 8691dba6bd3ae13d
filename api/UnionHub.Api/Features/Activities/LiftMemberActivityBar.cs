using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Activities;

/// <summary>
/// POST /admin/activity-bars/{memberId}/lift: staff lift a member's no-show bar, with a reason. The lift is an append-only
/// row (the reason encrypted: it is free text about a person) and an audit entry; no-shows of activities that ended before
/// it stop counting, so the member may sign up at once. Lifting a member who is not barred is refused (409).
/// </summary>
public static class LiftMemberActivityBar
{
    public sealed record Request(string? Reason);

    private const string InsertLift = """
        INSERT INTO activity_bar_lift (member_id, lifted_at, lifted_by, reason_enc) VALUES (@memberId, @now, @by, @reason)
        """;

    public static async Task<Results<Ok<ActivityRules.BarResponse>, ProblemHttpResult>> Handle(
        string memberId, Request request, HttpContext http, Transactions transactions, PiiProtector pii, IOptions<NoShowOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", 500);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<ActivityRules.BarResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (await GetMemberActivityBar.VisibleMemberAsync(conn, tx, http, memberId, ct) is not { } member)
            {
                return Problems.NotFound("member");
            }

            var bar = await ActivityRules.BarAsync(conn, tx, member.Id, options.Value, now, ct);
            if (!bar.Barred)
            {
                return Problems.Create(409, ActivityProblems.ActivityNotBarred, "This member is not barred from sign-ups.");
            }

            await conn.ExecuteAsync(new CommandDefinition(InsertLift, new
            {
                memberId = member.Id, now, by = http.User.StaffId(), reason = pii.Encrypt(request.Reason!.Trim()),
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "activity.bar_lift", "member", member.Id.Text(),
                new { barredUntil = bar.BarredUntil, noShows = bar.NoShows }, ct);
            return TypedResults.Ok(await ActivityRules.BarAsync(conn, tx, member.Id, options.Value, now, ct));
        }, ct);
    }
}
