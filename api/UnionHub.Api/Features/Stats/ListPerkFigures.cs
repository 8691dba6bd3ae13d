using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Stats.PerkFigureList;

namespace UnionHub.Api.Features.Stats;

public static class ListPerkFigures
{
    private sealed record Row(long Id, string Kind, string Title, string? Description, int Stock, int Claimed, long Redeemed,
        int PerMemberLimit, DateTime StartsAt, DateTime EndsAt, long? FaceValueFen, long? CreatedOrgId, DateTime CreatedAt);

    private static readonly string Select = $"""
        SELECT p.id, p.kind, p.title, p.description, p.stock, p.claimed,
               (SELECT COUNT(*) FROM voucher v WHERE v.perk_id = p.id AND v.status = 'redeemed') AS Redeemed,
               p.per_member_limit AS PerMemberLimit, p.starts_at AS StartsAt, p.ends_at AS EndsAt, p.face_value_fen AS FaceValueFen,
               p.created_org_id AS CreatedOrgId, p.created_at AS CreatedAt
        FROM perk p LEFT JOIN org o ON o.id = p.created_org_id
        WHERE p.id < @After AND {Scope.Sql("o.path")}
        ORDER BY p.id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<Item>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select,
            new { After = paging.After, ScopePath = scope.Path, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Item>(page.Items.Select(r => new Item(S(r.Id), r.Kind, r.Title, r.Description, r.Stock, r.Claimed,
            (int)r.Redeemed, r.PerMemberLimit, r.StartsAt.ToChina(), r.EndsAt.ToChina(), r.FaceValueFen,
            r.CreatedOrgId is { } o ? S(o) : null, r.CreatedAt.ToChina())).ToList(), page.NextCursor));
    }

    private static string S(long v) => v.ToString(CultureInfo.InvariantCulture);
}
