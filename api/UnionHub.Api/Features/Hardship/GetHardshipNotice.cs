using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Hardship.PublicNotice;

namespace UnionHub.Api.Features.Hardship;

public static class GetHardshipNotice
{
    private sealed record NoticeRow(long Id, byte[]? NameEnc, string OrgName, string Tier, long? StandardFen, DateTime NoticeEndsAt);

    public static async Task<Results<Ok<Notice>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } roundId)
        {
            return Problems.NotFound("round");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var path = await MemberOrgPathAsync(conn, null, http.User.MemberId()!.Value, ct);
        var round = await conn.QuerySingleOrDefaultAsync<Rounds.Row>(new CommandDefinition(Rounds.Select + " WHERE id = @roundId", new { roundId },
            cancellationToken: ct));
        if (round is null || path is null || !Scope.IsInside(path, round.OrgPath))
        {
            return Problems.NotFound("round");
        }

        var rows = await conn.QueryAsync<NoticeRow>(new CommandDefinition("""
            SELECT d.id, m.name_enc AS NameEnc, o.name AS OrgName, d.tier, t.standard_fen AS StandardFen, d.notice_ends_at AS NoticeEndsAt
            FROM hardship_declaration d JOIN member m ON m.id = d.member_id JOIN org o ON o.id = d.org_id
            LEFT JOIN hardship_round_tier t ON t.round_id = d.round_id AND t.tier = d.tier
            WHERE d.round_id = @roundId AND d.status = 'in_notice'
            ORDER BY d.id LIMIT 1000
            """, new { roundId }, cancellationToken: ct));
        return TypedResults.Ok(new Notice(round.Id.Text(), round.Title, rows.Select(r => new NoticeEntry(r.Id.Text(),
            r.NameEnc is null ? "" : Mask.Name(pii.Decrypt(r.NameEnc)), r.OrgName, r.Tier, r.StandardFen ?? 0, r.NoticeEndsAt.ToChina())).ToList()));
    }
}
