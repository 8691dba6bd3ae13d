using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Consultations;

/// <summary>
/// The 12351 consultation desk (issue #19 item 5): staff record hotline calls, walk-in visits and online questions, follow them
/// up, and convert one into a legal aid case for the member (the consultation then names the case). A consultation belongs to
/// an organisation's desk and is seen by staff whose scope holds it (404 otherwise). The caller's name and phone, the topic
/// and the outcome are personal data: encrypted at rest, masked in every response; the outcome is shown only by the audited
/// read (<c>?reason=</c>).
/// </summary>
public static class Consultations
{
    public sealed record Consultation(string Id, string? OrgId, string? OrgName, string Channel, string Category, string Topic, string? MemberId,
        string? CallerName, string? CallerPhone, string? LawyerId, string? Outcome, DateOnly? FollowUpOn, string Status, string? ConvertedKind,
        string? ConvertedId, DateTimeOffset ConsultedAt, string RecordedBy, DateTimeOffset UpdatedAt);

    internal sealed class Row
    {
        public long Id { get; set; }
        public long? OrgId { get; set; }
        public string? OrgName { get; set; }
        public string Channel { get; set; } = "";
        public string Category { get; set; } = "";
        public byte[] TopicEnc { get; set; } = [];
        public long? MemberId { get; set; }
        public byte[]? MemberNameEnc { get; set; }
        public byte[]? MemberPhoneEnc { get; set; }
        public byte[]? CallerNameEnc { get; set; }
        public byte[]? CallerPhoneEnc { get; set; }
        public long? LawyerId { get; set; }
        public byte[]? OutcomeEnc { get; set; }
        public DateTime? FollowUpOn { get; set; }
        public string Status { get; set; } = "";
        public string? ConvertedKind { get; set; }
        public long? ConvertedId { get; set; }
        public DateTime ConsultedAt { get; set; }
        public long RecordedBy { get; set; }
        public DateTime UpdatedAt { get; set; }
    }

    internal const string Select = """
        SELECT c.id, c.org_id AS OrgId, o.name AS OrgName, c.channel, c.category, c.topic_enc AS TopicEnc, c.member_id AS MemberId,
               m.name_enc AS MemberNameEnc, m.phone_enc AS MemberPhoneEnc, c.caller_name_enc AS CallerNameEnc, c.caller_phone_enc AS CallerPhoneEnc,
               c.lawyer_id AS LawyerId, c.outcome_enc AS OutcomeEnc, c.follow_up_on AS FollowUpOn, c.status, c.converted_kind AS ConvertedKind,
               c.converted_id AS ConvertedId, c.consulted_at AS ConsultedAt, c.recorded_by AS RecordedBy, c.updated_at AS UpdatedAt
        FROM consultation c LEFT JOIN org o ON o.id = c.org_id LEFT JOIN member m ON m.id = c.member_id
        """;

    internal static async Task<Row?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long id, CancellationToken ct) =>
        scope.Path is null
            ? null
            : await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"{Select} WHERE c.id = @Id AND {ConsultationRules.InScopeSql}",
                new { Id = id, ScopePath = scope.Path }, tx, cancellationToken: ct));

    /// <param name="withOutcome">The outcome text only for the audited read of one consultation.</param>
    internal static Consultation ToView(Row r, PiiProtector pii, bool withOutcome)
    {
        var name = r.CallerNameEnc ?? r.MemberNameEnc;
        var phone = r.CallerPhoneEnc ?? r.MemberPhoneEnc;
        return new Consultation(ConsultationRules.Id(r.Id), r.OrgId is { } o ? ConsultationRules.Id(o) : null, r.OrgName, r.Channel, r.Category,
            Mask.InText(pii.Decrypt(r.TopicEnc)), r.MemberId is { } m ? ConsultationRules.Id(m) : null,
            name is null ? null : Mask.Name(pii.Decrypt(name)), phone is null ? null : Mask.Phone(pii.Decrypt(phone)),
            r.LawyerId is { } l ? ConsultationRules.Id(l) : null,
            withOutcome && r.OutcomeEnc is { } outcome ? Mask.InText(pii.Decrypt(outcome)) : null,
            r.FollowUpOn is { } f ? DateOnly.FromDateTime(f) : null, r.Status, r.ConvertedKind,
            r.ConvertedId is { } c ? ConsultationRules.Id(c) : null, r.ConsultedAt.ToChina(), ConsultationRules.Id(r.RecordedBy), r.UpdatedAt.ToChina());
    }

    internal static async Task<Consultation> LoadAsync(DbConnection conn, DbTransaction? tx, long id, PiiProtector pii, bool withOutcome,
        CancellationToken ct) =>
        ToView(await conn.QuerySingleAsync<Row>(new CommandDefinition($"{Select} WHERE c.id = @Id", new { Id = id }, tx, cancellationToken: ct)),
            pii, withOutcome);
}
