using System.Data.Common;
using Dapper;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

/// <summary>
/// Donations to relief funds (issue #19 item 4). Staff record money received; each donation gets a receipt number unique per
/// year and is booked on the fund's own ledger (<c>fund_ledger</c> entry <c>donation</c>) in the same transaction as the fund's
/// running total <c>donated_fen</c>, so grants may use budget + donations (ADR 0018). A mistaken entry is reversed under dual
/// control: one staff user requests, another approves, and the approval appends a <c>donation_reversal</c> ledger row with the
/// negative amount; nothing is deleted. Donors' contact names and phones and the notes are personal data: encrypted at rest,
/// masked in every response. A donation is visible to the staff who may use its fund (<see cref="FundRules.InScopeSql"/>).
/// </summary>
public static class Donations
{
    public sealed record Reversal(string Reason, string RequestedBy, DateTimeOffset RequestedAt, string? DecidedBy, DateTimeOffset? DecidedAt);

    /// <summary>
    /// One donation. <c>donorName</c>: the enterprise's name, the member's masked name, or null for an anonymous donor;
    /// <c>contactName</c>/<c>contactPhone</c> masked; <c>note</c> with phone and ID numbers masked.
    /// </summary>
    public sealed record Donation(string Id, string ReceiptNo, string FundId, string FundName, int FundYear, string DonorKind,
        string? EnterpriseId, string? MemberId, string? DonorName, string? ContactName, string? ContactPhone, long AmountFen, string Channel,
        DateOnly ReceivedOn, string? Note, string Status, string RecordedBy, DateTimeOffset RecordedAt, Reversal? Reversal);

    internal sealed class Row
    {
        public long Id { get; set; }
        public long FundId { get; set; }
        public string FundName { get; set; } = "";
        public int FundYear { get; set; }
        public int ReceiptYear { get; set; }
        public int ReceiptSeq { get; set; }
        public string DonorKind { get; set; } = "";
        public long? EnterpriseId { get; set; }
        public string? EnterpriseName { get; set; }
        public long? MemberId { get; set; }
        public byte[]? MemberNameEnc { get; set; }
        public byte[]? ContactNameEnc { get; set; }
        public byte[]? ContactPhoneEnc { get; set; }
        public long AmountFen { get; set; }
        public string Channel { get; set; } = "";
        public DateTime ReceivedOn { get; set; }
        public byte[]? NoteEnc { get; set; }
        public string Status { get; set; } = "";
        public long RecordedBy { get; set; }
        public DateTime RecordedAt { get; set; }
        public byte[]? ReversalReasonEnc { get; set; }
        public long? ReversalRequestedBy { get; set; }
        public DateTime? ReversalRequestedAt { get; set; }
        public long? ReversalDecidedBy { get; set; }
        public DateTime? ReversalDecidedAt { get; set; }
    }

    internal const string Select = """
        SELECT d.id, d.fund_id AS FundId, f.name AS FundName, f.year AS FundYear, d.receipt_year AS ReceiptYear, d.receipt_seq AS ReceiptSeq,
               d.donor_kind AS DonorKind, d.enterprise_id AS EnterpriseId, COALESCE(e.name, d.enterprise_name) AS EnterpriseName,
               d.member_id AS MemberId, m.name_enc AS MemberNameEnc, d.contact_name_enc AS ContactNameEnc, d.contact_phone_enc AS ContactPhoneEnc,
               d.amount_fen AS AmountFen, d.channel, d.received_on AS ReceivedOn, d.note_enc AS NoteEnc, d.status,
               d.recorded_by AS RecordedBy, d.recorded_at AS RecordedAt, d.reversal_reason_enc AS ReversalReasonEnc,
               d.reversal_requested_by AS ReversalRequestedBy, d.reversal_requested_at AS ReversalRequestedAt,
               d.reversal_decided_by AS ReversalDecidedBy, d.reversal_decided_at AS ReversalDecidedAt
        FROM donation d JOIN fund f ON f.id = d.fund_id
        LEFT JOIN enterprise e ON e.id = d.enterprise_id LEFT JOIN member m ON m.id = d.member_id
        """;

    /// <summary>The donation when it exists and its fund lies inside the caller's scope; null otherwise (answer 404).</summary>
    internal static async Task<Row?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long id, CancellationToken ct)
    {
        if (scope.Path is null)
        {
            return null;
        }

        return await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"{Select} WHERE d.id = @Id AND {FundRules.InScopeSql}",
            new { Id = id, ScopePath = scope.Path }, tx, cancellationToken: ct));
    }

    internal static string DonorName(Row r, PiiProtector pii) => r.DonorKind switch
    {
        DonationRules.EnterpriseDonor => r.EnterpriseName ?? "",
        DonationRules.MemberDonor => r.MemberNameEnc is { } name ? Mask.Name(pii.Decrypt(name)) : "会员",
        _ => "",
    };

    internal static Donation ToView(Row r, PiiProtector pii) => new(
        DonationRules.Id(r.Id), DonationRules.ReceiptNo(r.ReceiptYear, r.ReceiptSeq), DonationRules.Id(r.FundId), r.FundName, r.FundYear,
        r.DonorKind, r.EnterpriseId is { } e ? DonationRules.Id(e) : null, r.MemberId is { } m ? DonationRules.Id(m) : null,
        r.DonorKind == DonationRules.AnonymousDonor ? null : DonorName(r, pii),
        r.ContactNameEnc is { } cn ? Mask.Name(pii.Decrypt(cn)) : null,
        r.ContactPhoneEnc is { } cp ? Mask.Phone(pii.Decrypt(cp)) : null,
        r.AmountFen, r.Channel, DateOnly.FromDateTime(r.ReceivedOn), r.NoteEnc is { } n ? Mask.InText(pii.Decrypt(n)) : null, r.Status,
        DonationRules.Id(r.RecordedBy), r.RecordedAt.ToChina(),
        r.ReversalRequestedBy is { } by
            ? new Reversal(r.ReversalReasonEnc is { } rr ? Mask.InText(pii.Decrypt(rr)) : "", DonationRules.Id(by), r.ReversalRequestedAt!.Value.ToChina(),
                r.ReversalDecidedBy is { } d ? DonationRules.Id(d) : null, r.ReversalDecidedAt.ToChina())
            : null);

    internal static async Task<Donation> LoadAsync(DbConnection conn, DbTransaction? tx, long id, PiiProtector pii, CancellationToken ct) =>
        ToView(await conn.QuerySingleAsync<Row>(new CommandDefinition($"{Select} WHERE d.id = @Id", new { Id = id }, tx, cancellationToken: ct)), pii);
}
