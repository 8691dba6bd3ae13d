using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// The public notice (公示): members of the round's subtree see the declarations in notice (names masked) and may lodge
/// objections until the notice ends; an objection is kept with the objecting member's id only. A district reviewer
/// resolves each: upheld rejects the declaration, dismissed lets it continue. Final approval waits for both the end of
/// the notice and zero open objections (<see cref="Approve"/>).
/// </summary>
public static class PublicNotice
{
    public sealed record NoticeEntry(string DeclarationId, string MemberNameMasked, string OrgName, string Tier, long StandardFen,
        DateTimeOffset NoticeEndsAt);

    public sealed record Notice(string RoundId, string Title, IReadOnlyList<NoticeEntry> Items);

    public sealed record ObjectionRequest(string? Reason);

    public sealed record ResolveRequest(string? Outcome, string? Note);

    private sealed record NoticeRow(long Id, byte[]? NameEnc, string OrgName, string Tier, long? StandardFen, DateTime NoticeEndsAt);

    private static Task<string?> MemberOrgPathAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx, long memberId,
        CancellationToken ct) =>
        conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT o.path FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @memberId AND m.deleted_at IS NULL", new { memberId }, tx,
            cancellationToken: ct));

    public static async Task<Results<Ok<Notice>, ProblemHttpResult>> List(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        if (OrgScope.ParseId(id) is not { } roundId)
        {
            return Problems.NotFound("round");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var path = await MemberOrgPathAsync(conn, null, http.User.MemberId()!.Value, ct);
        var round = await conn.QuerySingleOrDefaultAsync<Rounds.Row>(new CommandDefinition(Rounds.Select + " WHERE id = @roundId", new { roundId },
            cancellationToken: ct));
        if (round is null || path is null || !OrgScope.IsInside(path, round.OrgPath))
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

    private const string CountObjection = """
        UPDATE hardship_declaration SET open_objections = open_objections + 1, updated_at = @Now
        WHERE id = @Id AND status = 'in_notice' AND notice_ends_at > @Now
        """;

    public static async Task<Results<Created<Declarations.Objection>, ProblemHttpResult>> Object(
        string id, ObjectionRequest request, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", 2000);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        if (OrgScope.ParseId(id) is not { } declarationId)
        {
            return Problems.NotFound("declaration");
        }

        var memberId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var path = await MemberOrgPathAsync(conn, tx, memberId, ct);
        var roundPath = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("""
            SELECT r.org_path FROM hardship_declaration d JOIN hardship_round r ON r.id = d.round_id WHERE d.id = @declarationId
            """, new { declarationId }, tx, cancellationToken: ct));
        if (roundPath is null || path is null || !OrgScope.IsInside(path, roundPath))
        {
            return Problems.NotFound("declaration");
        }

        if (await conn.ExecuteAsync(new CommandDefinition(CountObjection, new { Id = declarationId, Now = now }, tx, cancellationToken: ct)) != 1)
        {
            await tx.RollbackAsync(ct);
            return Problems.Create(409, "notice.not_open", "Objections can be lodged only while the declaration is in its public notice.");
        }

        var reason = request.Reason!.Trim();
        var objectionId = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO hardship_objection (declaration_id, member_id, reason, status, created_at) VALUES (@declarationId, @memberId, @reason, 'open', @now);
            SELECT LAST_INSERT_ID();
            """, new { declarationId, memberId, reason, now }, tx, cancellationToken: ct));
        await Audit.WriteAsync(conn, tx, http, "hardship_objection.lodge", "hardship_objection", objectionId.Text(),
            new { declarationId = declarationId.Text() }, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/hardship/declarations/{declarationId.Text()}/objections/{objectionId.Text()}",
            Declarations.ToObjection(objectionId, declarationId, reason, "open", null, now, null));
    }

    private sealed record ObjectionRow(long Id, long DeclarationId, string Reason, string Status, DateTime CreatedAt);

    private const string ResolveObjection = """
        UPDATE hardship_objection SET status = @Outcome, resolution = @Note, resolved_by = @StaffId, resolved_at = @Now
        WHERE id = @Id AND status = 'open'
        """;

    private const string Uncount = """
        UPDATE hardship_declaration SET open_objections = open_objections - 1, updated_at = @Now WHERE id = @Id AND open_objections > 0
        """;

    private const string RejectInNotice = """
        UPDATE hardship_declaration SET status = 'rejected', open_key = NULL, updated_at = @Now WHERE id = @Id AND status = 'in_notice'
        """;

    public static async Task<Results<Ok<Declarations.Declaration>, ProblemHttpResult>> Resolve(
        string id, ResolveRequest request, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.Outcome is "upheld" or "dismissed", "outcome", "must be upheld or dismissed")
            .Required(request.Note, "note", 2000);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        if (OrgScope.ParseId(id) is not { } objectionId)
        {
            return Problems.NotFound("objection");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var objection = await conn.QuerySingleOrDefaultAsync<ObjectionRow>(new CommandDefinition("""
            SELECT id, declaration_id AS DeclarationId, reason, status, created_at AS CreatedAt FROM hardship_objection WHERE id = @objectionId
            """, new { objectionId }, tx, cancellationToken: ct));
        var (row, root) = objection is null ? (null, null)
            : await Declarations.FindVisibleAsync(conn, tx, http, objection.DeclarationId.Text(), ct);
        if (objection is null || row is null)
        {
            return Problems.NotFound("objection");
        }

        if (!HardshipRules.CanReviewAsDistrict(root, row.OrgPath))
        {
            return HardshipRules.NotDistrict();
        }

        // lock order declaration -> objection, as lodging an objection does
        var status = await Reviews.CurrentStatusAsync(conn, tx, row.Id, ct);
        if (await conn.ExecuteAsync(new CommandDefinition(ResolveObjection, new
            {
                Id = objectionId, request.Outcome, Note = request.Note!.Trim(), StaffId = http.User.StaffId()!.Value, Now = now,
            }, tx, cancellationToken: ct)) != 1)
        {
            await tx.RollbackAsync(ct);
            return Problems.Create(409, "objection.not_open", "The objection has already been resolved.");
        }

        await conn.ExecuteAsync(new CommandDefinition(Uncount, new { row.Id, Now = now }, tx, cancellationToken: ct));
        var rejected = request.Outcome == "upheld" && status == HardshipRules.InNotice
            && await conn.ExecuteAsync(new CommandDefinition(RejectInNotice, new { row.Id, Now = now }, tx, cancellationToken: ct)) == 1;
        if (rejected)
        {
            await HardshipRules.HistoryAsync(conn, tx, row.Id, now, http, HardshipRules.InNotice, HardshipRules.Rejected,
                $"objection {objectionId.Text()} upheld: {request.Note!.Trim()}", ct);
            await HardshipRules.NotifyAsync(conn, tx, now, row.MemberId, row.Id, row.RoundId, HardshipRules.Rejected, null, ct);
        }

        await Audit.WriteAsync(conn, tx, http, "hardship_objection.resolve", "hardship_objection", objectionId.Text(),
            new { declarationId = row.Id.Text(), request.Outcome, declarationRejected = rejected }, ct);
        var view = (await Declarations.LoadAsync(conn, tx, row.Id, pii, ct))!;
        await tx.CommitAsync(ct);
        return TypedResults.Ok(view);
    }
}
