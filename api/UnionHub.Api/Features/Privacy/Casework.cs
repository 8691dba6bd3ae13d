using System.Data.Common;
using Dapper;
using UnionHub.Api.Features.Hardship;
using UnionHub.Api.Features.LegalAid;
using UnionHub.Api.Features.Membership;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Privacy;

/// <summary>
/// The member's casework (hardship register, declarations and objections; legal aid cases) as DELETE /me erases it and
/// GET /me/export reads it (ADR 0009).
/// </summary>
public static class Casework
{
    public sealed record HardshipData(IReadOnlyList<Households.Household> Households, IReadOnlyList<Declarations.Declaration> Declarations,
        IReadOnlyList<Declarations.Objection> Objections);

    /// <summary>The member's applications to join, transfer requests and membership history (joined, transferred, left).</summary>
    public sealed record MembershipData(IReadOnlyList<MembershipRules.Application> Applications,
        IReadOnlyList<TransferRequests.TransferRequest> TransferRequests, IReadOnlyList<MembershipRules.HistoryEntry> History);

    /// <summary>Everything of the member's membership for GET /me/export, read in the export's transaction.</summary>
    public static async Task<MembershipData> MembershipAsync(DbConnection conn, DbTransaction tx, long memberId, PiiProtector pii,
        CancellationToken ct)
    {
        var args = new { MemberId = memberId };
        var applications = (await conn.QueryAsync<MembershipRules.Row>(new CommandDefinition(
            MembershipRules.SelectColumns + " WHERE a.member_id = @MemberId ORDER BY a.id DESC", args, tx, cancellationToken: ct))).ToList();
        var requests = (await conn.QueryAsync<TransferRequests.Row>(new CommandDefinition(
            TransferRequests.SelectColumns + " WHERE r.member_id = @MemberId ORDER BY r.id DESC", args, tx, cancellationToken: ct))).ToList();
        return new MembershipData(await MembershipRules.ViewsAsync(conn, tx, pii, applications, ct),
            await TransferRequests.ViewsAsync(conn, tx, pii, requests, ct),
            await MembershipRules.HistoryAsync(conn, tx, "h.member_id = @MemberId", args, int.MaxValue, ct));
    }

    /// <summary>What the erasure did, for the audit row (counts only).</summary>
    public sealed record Erased(int WithdrawnDeclarations, int WithdrawnObjections, int ClosedLegalCases, int DeletedDocuments);

    private const string Note = "account deleted by the member";

    private sealed record StatusRow(long Id, string Status);

    private sealed record ObjectionRow(long Id, long DeclarationId);

    /// <summary>
    /// Runs inside the deletion's transaction, after the member row is locked and before the fund applications are:
    /// declarations are locked before the applications an approval would create (the approval's own order), so a
    /// deletion and an approval of the same declaration queue instead of deadlocking, and the loser sees the other's
    /// result: an approved declaration is an approved application (the deletion is refused while it is unpaid), a
    /// withdrawn one cannot be approved (409 <c>declaration.withdrawn</c>).
    /// <list type="bullet">
    /// <item>Declarations still under review or in notice are withdrawn (history row); every declaration's note and
    ///   history notes are erased.</item>
    /// <item>The member's open objections are withdrawn and stop blocking the declaration they were lodged against; their
    ///   reasons and resolutions are erased.</item>
    /// <item>The member's household leaves the register; its case-file notes, history notes and documents are erased.</item>
    /// <item>Open legal aid cases are closed with outcome <c>withdrawn</c> (history row); descriptions, refusal reasons,
    ///   notes, history notes and documents are erased.</item>
    /// </list>
    /// </summary>
    public static async Task<Erased> EraseAsync(DbConnection conn, DbTransaction tx, HttpContext http, long memberId, DateTime now,
        CancellationToken ct)
    {
        var args = new { Id = memberId, Now = now, Today = DateOnly.FromDateTime(now.ToChina().DateTime), Erased = DeleteMyAccount.ErasedText };
        CommandDefinition Sql(string sql, object? parameters = null) => new(sql, parameters ?? args, tx, cancellationToken: ct);

        // hardship declarations
        var declarations = (await conn.QueryAsync<StatusRow>(Sql(
            "SELECT id, status FROM hardship_declaration WHERE member_id = @Id ORDER BY id FOR UPDATE"))).ToList();
        await conn.ExecuteAsync(Sql("""
            UPDATE hardship_declaration_history h JOIN hardship_declaration d ON d.id = h.declaration_id
            SET h.note = @Erased, h.note_enc = NULL WHERE d.member_id = @Id AND (h.note IS NOT NULL OR h.note_enc IS NOT NULL)
            """));
        await conn.ExecuteAsync(Sql("UPDATE hardship_declaration SET note = @Erased, note_enc = NULL WHERE member_id = @Id AND (note IS NOT NULL OR note_enc IS NOT NULL)"));
        var withdrawn = 0;
        foreach (var d in declarations.Where(d => d.Status is HardshipRules.Submitted or HardshipRules.GrassrootsApproved or HardshipRules.InNotice))
        {
            await conn.ExecuteAsync(Sql(
                "UPDATE hardship_declaration SET status = 'withdrawn', open_key = NULL, updated_at = @Now WHERE id = @DeclarationId",
                new { DeclarationId = d.Id, Now = now }));
            await HardshipRules.HistoryAsync(conn, tx, d.Id, now, http, d.Status, HardshipRules.Withdrawn, Note, ct);
            withdrawn++;
        }

        // objections the member lodged
        var objections = (await conn.QueryAsync<ObjectionRow>(Sql(
            "SELECT id, declaration_id AS DeclarationId FROM hardship_objection WHERE member_id = @Id AND status = 'open' ORDER BY id FOR UPDATE"))).ToList();
        foreach (var group in objections.GroupBy(o => o.DeclarationId))
        {
            await conn.ExecuteAsync(Sql(
                "UPDATE hardship_declaration SET open_objections = open_objections - @Count, updated_at = @Now WHERE id = @DeclarationId",
                new { DeclarationId = group.Key, Count = group.Count(), Now = now }));
        }

        await conn.ExecuteAsync(Sql("UPDATE hardship_objection SET status = 'withdrawn', resolved_at = @Now WHERE member_id = @Id AND status = 'open'"));
        await conn.ExecuteAsync(Sql("""
            UPDATE hardship_objection SET reason = @Erased, reason_enc = NULL,
                resolution = IF(resolution IS NULL AND resolution_enc IS NULL, NULL, @Erased), resolution_enc = NULL
            WHERE member_id = @Id
            """));

        // the household register (and the documents the member attached to declarations)
        var documents = await conn.ExecuteAsync(Sql("""
            DELETE f FROM hardship_document f JOIN hardship_household h ON h.id = f.household_id WHERE h.member_id = @Id
            """));
        documents += await conn.ExecuteAsync(Sql("""
            DELETE f FROM hardship_declaration_document f JOIN hardship_declaration d ON d.id = f.declaration_id WHERE d.member_id = @Id
            """));
        await conn.ExecuteAsync(Sql("UPDATE hardship_declaration SET document_count = 0 WHERE member_id = @Id AND document_count <> 0"));
        await conn.ExecuteAsync(Sql("""
            UPDATE hardship_household_history x JOIN hardship_household h ON h.id = x.household_id
            SET x.note = @Erased, x.note_enc = NULL WHERE h.member_id = @Id AND (x.note IS NOT NULL OR x.note_enc IS NOT NULL)
            """));
        await conn.ExecuteAsync(Sql("""
            UPDATE hardship_household
            SET home_visit_enc = NULL, income_check_enc = NULL, document_count = 0, open_key = NULL,
                exited_on = COALESCE(exited_on, GREATEST(@Today, entered_on)), updated_at = @Now
            WHERE member_id = @Id
            """));

        // legal aid
        var cases = (await conn.QueryAsync<StatusRow>(Sql("SELECT id, status FROM legal_case WHERE member_id = @Id ORDER BY id FOR UPDATE"))).ToList();
        documents += await conn.ExecuteAsync(Sql("DELETE f FROM legal_case_document f JOIN legal_case c ON c.id = f.case_id WHERE c.member_id = @Id"));
        await conn.ExecuteAsync(Sql("UPDATE legal_case_note n JOIN legal_case c ON c.id = n.case_id SET n.body = @Erased, n.body_enc = NULL WHERE c.member_id = @Id"));
        await conn.ExecuteAsync(Sql("""
            UPDATE legal_case_history h JOIN legal_case c ON c.id = h.case_id SET h.note = @Erased, h.note_enc = NULL WHERE c.member_id = @Id AND (h.note IS NOT NULL OR h.note_enc IS NOT NULL)
            """));
        await conn.ExecuteAsync(Sql("""
            UPDATE legal_case SET description = @Erased, description_enc = NULL,
                refusal_reason = IF(refusal_reason IS NULL AND refusal_reason_enc IS NULL, NULL, @Erased), refusal_reason_enc = NULL, document_count = 0, updated_at = @Now
            WHERE member_id = @Id
            """));
        var closed = 0;
        foreach (var c in cases.Where(c => c.Status is not (LegalAidRules.Closed or LegalAidRules.Refused)))
        {
            await conn.ExecuteAsync(Sql("""
                UPDATE legal_case SET status = 'closed', outcome = 'withdrawn', closed_at = @Now, updated_at = @Now WHERE id = @CaseId;
                INSERT INTO legal_case_history (case_id, at, actor_kind, actor_id, action, from_status, to_status, note)
                VALUES (@CaseId, @Now, 'member', @MemberId, 'close', @From, 'closed', @Note);
                """, new { CaseId = c.Id, Now = now, MemberId = memberId, From = c.Status, Note }));
            closed++;
        }

        return new Erased(withdrawn, objections.Count, closed, documents);
    }

    /// <summary>The member's hardship data for the export: register entries, declarations with history, objections lodged.</summary>
    public static async Task<HardshipData> HardshipAsync(DbConnection conn, DbTransaction tx, long memberId, PiiProtector pii, CancellationToken ct)
    {
        var args = new { Id = memberId };
        var households = new List<Households.Household>();
        foreach (var id in await conn.QueryAsync<long>(new CommandDefinition(
                     "SELECT id FROM hardship_household WHERE member_id = @Id ORDER BY id DESC", args, tx, cancellationToken: ct)))
        {
            households.Add((await Households.LoadAsync(conn, tx, id, pii, ct))!);
        }

        var declarations = new List<Declarations.Declaration>();
        foreach (var id in await conn.QueryAsync<long>(new CommandDefinition(
                     "SELECT id FROM hardship_declaration WHERE member_id = @Id ORDER BY id DESC", args, tx, cancellationToken: ct)))
        {
            // objections others lodged against the member's declaration are not the member's data: left out
            declarations.Add((await Declarations.LoadAsync(conn, tx, id, pii, ct))! with { Objections = null });
        }

        var objections = (await conn.QueryAsync<Declarations.ObjectionRow>(new CommandDefinition(
                Declarations.ObjectionColumns + " WHERE member_id = @Id ORDER BY id DESC", args, tx, cancellationToken: ct)))
            .Select(o => Declarations.ToObjection(o, pii)).ToList();
        return new HardshipData(households, declarations, objections);
    }

    /// <summary>The member's legal aid cases with documents (listed), notes and history.</summary>
    public static async Task<IReadOnlyList<Cases.Case>> LegalAidAsync(DbConnection conn, DbTransaction tx, long memberId, PiiProtector pii,
        DateTime now, CancellationToken ct)
    {
        var cases = new List<Cases.Case>();
        foreach (var row in await conn.QueryAsync<Cases.Row>(new CommandDefinition(Cases.Select + " WHERE c.member_id = @Id ORDER BY c.id DESC",
                     new { Id = memberId }, tx, cancellationToken: ct)))
        {
            cases.Add(await Cases.DetailAsync(conn, tx, row, pii, now, ct));
        }

        return cases;
    }
}
