using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.GroupBuys.MyGroupBuys;

namespace UnionHub.Api.Features.GroupBuys;

public static class GetMyGroupBuy
{
    public static async Task<Results<Ok<Detail>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var enterpriseId = http.User.EnterpriseId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        if (Ids.Parse(id) is not { } groupBuyId
            || await GroupBuyViews.LoadRowAsync(conn, null, groupBuyId, false, ct) is not { } row
            || await GroupBuyViews.EnterpriseOrgPathAsync(conn, null, enterpriseId, ct) is not { } path
            || !Scope.IsInside(path, row.OrgPath))
        {
            return Problems.NotFound("group-buy");
        }

        return TypedResults.Ok(new Detail(await GroupBuyViews.LoadAsync(conn, null, row, clock.GetUtcNow().UtcDateTime, ct),
            await GroupBuyViews.OrderAsync(conn, null, row.Id, enterpriseId, ct)));
    }
}
