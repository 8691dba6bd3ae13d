using System.Data.Common;
using Dapper;
using UnionHub.Api.Features.MutualAid;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Privacy;

/// <summary>
/// The member's mutual-aid cover (enrolments, claims with their documents) and the checks of their electronic member card, as
/// GET /me/export reads them and DELETE /me erases them (issue #21 leftovers; ADR 0020's dated section).
/// </summary>
public static class CoverAndCard
{
    /// <summary>A claim with the documents the member attached (listed: type, size, time; the bytes are not exported).</summary>
    public sealed record ClaimExport(MutualAid.MutualAid.Claim Claim, IReadOnlyList<UploadMutualAidClaimDocument.Document> Documents);

    /// <summary>The member's enrolments (certificates: plan, period, price, who pays, benefits) and claims.</summary>
    public sealed record MutualAidData(IReadOnlyList<MutualAid.MutualAid.Enrolment> Enrolments, IReadOnlyList<ClaimExport> Claims);

    /// <summary>One check of the member's card: when, by whom (a merchant's API key or cashier, or a staff desk) and the result.</summary>
    public sealed record CardCheck(DateTimeOffset CheckedAt, string CheckerKind, string? MerchantId, string? MerchantName, string Result);

    private sealed record CardCheckRow(DateTime CheckedAt, string CheckerKind, long? MerchantId, string? MerchantName, string Result);

    private sealed record DocumentRow(long Id, long ClaimId, string ContentType, int SizeBytes, DateTime CreatedAt);

    private sealed record StatusRow(long Id, string Status);

    private const string SelectCardChecks = """
        SELECT c.checked_at AS CheckedAt, c.checker_kind AS CheckerKind, c.merchant_id AS MerchantId, m.name AS MerchantName, c.result
        FROM card_check c LEFT JOIN merchant m ON m.id = c.merchant_id
        WHERE c.member_id = @MemberId ORDER BY c.id DESC
        """;

    private const string SelectDocuments = """
        SELECT d.id, d.claim_id AS ClaimId, d.content_type AS ContentType, d.size_bytes AS SizeBytes, d.created_at AS CreatedAt
        FROM mutual_aid_claim_document d JOIN mutual_aid_claim c ON c.id = d.claim_id
        WHERE c.member_id = @MemberId ORDER BY d.claim_id, d.id
        """;

    /// <summary>Enrolments and claims for GET /me/export, read in the export's transaction; only the member's own claims are decrypted.</summary>
    public static async Task<MutualAidData> MutualAidAsync(DbConnection conn, DbTransaction tx, long memberId, PiiProtector pii, CancellationToken ct)
    {
        var args = new { MemberId = memberId };
        var enrolments = await MutualAid.MutualAid.MemberEnrolmentsAsync(conn, tx, memberId, null, pii, ct, int.MaxValue);
        var claims = (await conn.QueryAsync<MutualAid.MutualAid.ClaimRow>(new CommandDefinition(
            $"{MutualAid.MutualAid.SelectClaim} WHERE c.member_id = @MemberId ORDER BY c.id DESC", args, tx, cancellationToken: ct))).ToList();
        var documents = (await conn.QueryAsync<DocumentRow>(new CommandDefinition(SelectDocuments, args, tx, cancellationToken: ct))).ToList();
        return new MutualAidData(enrolments, claims.Select(c => new ClaimExport(MutualAid.MutualAid.ToView(c, pii, withText: true),
                documents.Where(d => d.ClaimId == c.Id)
                    .Select(d => new UploadMutualAidClaimDocument.Document(d.Id.Text(), d.ContentType, d.SizeBytes, d.CreatedAt.ToChina())).ToList()))
            .ToList());
    }

    /// <summary>Every check of the member's card (<c>card_check</c> names the member by id only), newest first.</summary>
    public static async Task<IReadOnlyList<CardCheck>> CardChecksAsync(DbConnection conn, DbTransaction tx, long memberId, CancellationToken ct) =>
        (await conn.QueryAsync<CardCheckRow>(new CommandDefinition(SelectCardChecks, new { MemberId = memberId }, tx, cancellationToken: ct)))
        .Select(c => new CardCheck(c.CheckedAt.ToChina(), c.CheckerKind, c.MerchantId?.Text(), c.MerchantName, c.Result)).ToList();

    /// <summary>What the erasure did, for the audit row (counts only).</summary>
    public sealed record Erased(int WithdrawnClaims, int ErasedClaims, int DeletedDocuments);

    /// <summary>
    /// Runs inside the deletion's transaction, after the member row is locked. The member's claims are locked first (an approval
    /// or payment step of one of them waits, then finds it withdrawn; or the deletion waits and sees the decision). A claim awaiting
    /// its money (approved or with a payment proposed) refuses the deletion: the ids are returned and nothing is written (the
    /// caller answers 409 <c>member.has_pending_payment</c>, the transaction rolls back). Otherwise a claim awaiting review is
    /// withdrawn; every claim's description and rejection reason are erased (NULL) and its documents deleted. Enrolments, cover
    /// rows, amounts and statuses stay under the bare member id (the plan's figures, the caps already used).
    /// </summary>
    public static async Task<(IReadOnlyList<long> Unpaid, Erased? Done)> EraseMutualAidAsync(DbConnection conn, DbTransaction tx, long memberId,
        DateTime now, CancellationToken ct)
    {
        var args = new { MemberId = memberId, Now = now };
        var claims = (await conn.QueryAsync<StatusRow>(new CommandDefinition(
            "SELECT id, status FROM mutual_aid_claim WHERE member_id = @MemberId ORDER BY id FOR UPDATE", args, tx, cancellationToken: ct))).ToList();
        var unpaid = claims.Where(c => c.Status is MutualAidRules.Approved or MutualAidRules.PaymentProposed).Select(c => c.Id).ToList();
        if (unpaid.Count > 0)
        {
            return (unpaid, null);
        }

        var withdrawn = await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE mutual_aid_claim SET status = 'withdrawn', updated_at = @Now WHERE member_id = @MemberId AND status = 'submitted'", args, tx,
            cancellationToken: ct));
        var documents = await conn.ExecuteAsync(new CommandDefinition(
            "DELETE d FROM mutual_aid_claim_document d JOIN mutual_aid_claim c ON c.id = d.claim_id WHERE c.member_id = @MemberId", args, tx,
            cancellationToken: ct));
        var erased = await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE mutual_aid_claim SET description_enc = NULL, reject_reason_enc = NULL, document_count = 0, updated_at = @Now
            WHERE member_id = @MemberId
            """, args, tx, cancellationToken: ct));
        return ([], new Erased(withdrawn, erased, documents));
    }
}
