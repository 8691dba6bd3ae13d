using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// GET /admin/membership-transfer-requests?status=&amp;orgId=: transfer requests into organisations of the caller's subtree
/// (narrowed to <c>orgId</c>'s), newest first; the member's name masked.
/// </summary>
public static class ListMembershipTransferRequests
{
    private static readonly string Select = TransferRequests.SelectColumns + $"""
         WHERE r.id < @After AND {Scope.Sql("tor.path")} AND (@Status IS NULL OR r.status = @Status)
        ORDER BY r.id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<TransferRequests.TransferRequest>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, string? status = null, string? orgId = null,
        int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var org = Ids.Parse(orgId);
        var v = new Validator()
            .Check(status is null || TransferRequests.Statuses.Contains(status), "status",
                "must be one of: " + string.Join(", ", TransferRequests.Statuses))
            .Check(orgId is null || org is not null, "orgId", "is not a valid id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Orgs.ScopeAsync(conn, null, http.User, org, ct);
        if (scope.Path is null)
        {
            return orgId is null ? TypedResults.Ok(new Page<TransferRequests.TransferRequest>([], null)) : Problems.NotFound("organisation");
        }

        var rows = (await conn.QueryAsync<TransferRequests.Row>(new CommandDefinition(Select,
            new { After = paging.After, ScopePath = scope.Path, Status = status, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<TransferRequests.TransferRequest>(await TransferRequests.ViewsAsync(conn, null, pii, page.Items, ct),
            page.NextCursor));
    }
}
