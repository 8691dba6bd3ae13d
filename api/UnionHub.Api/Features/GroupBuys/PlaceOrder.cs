using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.GroupBuys;

/// <summary>
/// PUT /enterprise/group-buys/{id}/order places or replaces the contact's enterprise's order (one per enterprise per group-buy,
/// UNIQUE), DELETE withdraws it; both only while the group-buy is open and before its deadline. Every line's quantity lies
/// within its item's minimum and maximum. Each change locks the group-buy row first (FOR UPDATE), so changes of one
/// enterprise apply one after another and a close waits for them: the order is always one whole request's lines and total.
/// </summary>
public static class PlaceOrder
{
    public sealed record LineRequest(string? ItemId, int? Quantity);

    public sealed record Request(IReadOnlyList<LineRequest>? Lines);

    internal sealed record Locked(GroupBuyViews.GroupBuyRow Row, ProblemHttpResult? Refusal);

    /// <summary>Locks the group-buy row; null when the enterprise may not see it; a refusal when it no longer takes orders.</summary>
    internal static async Task<Locked?> LockOpenAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx, string id,
        long enterpriseId, DateTime now, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } groupBuyId
            || await GroupBuyViews.LoadRowAsync(conn, tx, groupBuyId, true, ct) is not { } row
            || await GroupBuyViews.EnterpriseOrgPathAsync(conn, tx, enterpriseId, ct) is not { } path
            || !Scope.IsInside(path, row.OrgPath))
        {
            return null;
        }

        if (row.Status != GroupBuyViews.Open)
        {
            return new Locked(row, Problems.Create(409, GroupBuyProblems.GroupbuyClosed, "This group-buy is closed; orders can no longer change."));
        }

        return now >= row.DeadlineAt
            ? new Locked(row, Problems.Create(409, GroupBuyProblems.GroupbuyDeadlinePassed, "The deadline for orders has passed.",
                $"Orders were taken until {row.DeadlineAt.ToChina():yyyy-MM-dd HH:mm}.",
                new Dictionary<string, object?> { ["deadlineAt"] = row.DeadlineAt.ToChina() }))
            : new Locked(row, null);
    }
}
