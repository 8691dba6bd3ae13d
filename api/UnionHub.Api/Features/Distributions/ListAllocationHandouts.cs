using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Distributions.MyAllocations;

namespace UnionHub.Api.Features.Distributions;

public static class ListAllocationHandouts
{
    private sealed record HandoutRow(long Id, long MemberId, byte[]? NameEnc, string Method, long? VoucherId, DateTime HandedAt);

    private const string SelectHandouts = """
        SELECT h.id, h.member_id AS MemberId, m.name_enc AS NameEnc, h.method, h.voucher_id AS VoucherId, h.handed_at AS HandedAt
        FROM distribution_handout h JOIN member m ON m.id = h.member_id
        WHERE h.allocation_id = @id AND h.id < @After ORDER BY h.id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<HandoutResponse>>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        if (await FindOwnAsync(conn, null, http, id, ct) is not { } row)
        {
            return Problems.NotFound("allocation");
        }

        var rows = (await conn.QueryAsync<HandoutRow>(new CommandDefinition(SelectHandouts,
            new { id = row.Id, After = paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<HandoutResponse>(page.Items.Select(h => new HandoutResponse(h.Id.Text(), h.MemberId.Text(),
            pii.DecryptOrNull(h.NameEnc) is { } name ? Mask.Name(name) : "", h.Method, h.VoucherId?.Text(), h.HandedAt.ToChina())).ToList(),
            page.NextCursor));
    }
}
