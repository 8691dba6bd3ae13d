using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// GET /admin/orgs/{orgId}/roster-conflicts: the people on the organisation's roster whom another organisation's roster
/// lists too, one item per other listing, newest other listing first. Real-name verification binds a person to their
/// earliest listing (<see cref="VerifyRealName"/>); <c>verifiedOrgId</c> says where they are bound once verified, so staff
/// can tell a worker who moved from a roster that claims someone else's member.
/// </summary>
public static class ListRosterConflicts
{
    public sealed record Conflict(string EntryId, string NameMasked, string IdNumberMasked, DateTimeOffset ListedAt, string OtherOrgId,
        string OtherOrgName, DateTimeOffset OtherListedAt, string? VerifiedOrgId);

    private sealed record Row(long Id, byte[] NameEnc, byte[] IdEnc, DateTime CreatedAt, long OtherId, long OtherOrgId, string OtherOrgName,
        DateTime OtherCreatedAt, long? VerifiedOrgId);

    private const string Select = """
        SELECT r.id, r.name_enc AS NameEnc, r.id_enc AS IdEnc, r.created_at AS CreatedAt, x.id AS OtherId, x.org_id AS OtherOrgId,
               o.name AS OtherOrgName, x.created_at AS OtherCreatedAt,
               (SELECT m.org_id FROM member m WHERE m.id_hash = r.id_hash AND m.verified_at IS NOT NULL) AS VerifiedOrgId
        FROM roster_entry r
        JOIN roster_entry x ON x.id_hash = r.id_hash AND x.org_id <> r.org_id AND x.left_at IS NULL
        JOIN org o ON o.id = x.org_id
        WHERE r.org_id = @OrgId AND r.left_at IS NULL AND x.id < @After
        ORDER BY x.id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<Conflict>>, ProblemHttpResult>> Handle(
        string orgId, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        if (await Orgs.FindVisibleAsync(conn, null, await Scope.OfAsync(conn, null, http.User, ct), Ids.Parse(orgId), ct) is not { } org)
        {
            return Problems.NotFound("organisation");
        }

        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select,
            new { OrgId = org.Id, paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.OtherId);
        return TypedResults.Ok(new Page<Conflict>(page.Items.Select(r => new Conflict(r.Id.Text(), Mask.Name(pii.Decrypt(r.NameEnc)),
            Mask.IdNumber(pii.Decrypt(r.IdEnc)), r.CreatedAt.ToChina(), r.OtherOrgId.Text(), r.OtherOrgName, r.OtherCreatedAt.ToChina(),
            r.VerifiedOrgId?.Text())).ToList(), page.NextCursor));
    }
}
