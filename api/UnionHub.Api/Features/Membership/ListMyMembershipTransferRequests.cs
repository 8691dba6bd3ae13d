using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Membership;

/// <summary>GET /membership/transfer-requests: the caller's transfer requests, newest first (the refusal reason included).</summary>
public static class ListMyMembershipTransferRequests
{
    private const string Select = TransferRequests.SelectColumns + """
         WHERE r.member_id = @MemberId AND r.id < @After
        ORDER BY r.id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<TransferRequests.TransferRequest>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<TransferRequests.Row>(new CommandDefinition(Select,
            new { MemberId = http.User.MemberId(), After = paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<TransferRequests.TransferRequest>(await TransferRequests.ViewsAsync(conn, null, pii, page.Items, ct),
            page.NextCursor));
    }
}
