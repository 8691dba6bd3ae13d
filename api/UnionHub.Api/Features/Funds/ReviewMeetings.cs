using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// POST /admin/review-meetings: a meeting decides applications of one fund, all together or not at all.
/// The fund row is locked (SELECT ... FOR UPDATE) for the whole transaction, so meetings of one fund run one
/// after another and the budget check sees every grant committed before it. Each decision is a conditional
/// UPDATE on status 'submitted'; any refusal rolls the whole meeting back.
/// </summary>
public static class ReviewMeetings
{
    public sealed record DecisionRequest(string? ApplicationId, string? Decision, long? GrantedFen, string? Note);

    public sealed record Request(string? FundId, DateTimeOffset? HeldAt, string? Minutes, IReadOnlyList<DecisionRequest>? Decisions);

    public sealed record DecisionView(string ApplicationId, string Decision, long? GrantedFen, string? Note, string Category, long RequestedFen);

    public sealed record Meeting(string Id, string FundId, DateTimeOffset HeldAt, string Minutes, string CreatedBy, DateTimeOffset CreatedAt,
        long GrantedFen, IReadOnlyList<DecisionView> Decisions);

    private sealed class MeetingRow
    {
        public long Id { get; set; }
        public long FundId { get; set; }
        public DateTime HeldAt { get; set; }
        public string? Minutes { get; set; }
        public byte[]? MinutesEnc { get; set; }
        public long CreatedBy { get; set; }
        public DateTime CreatedAt { get; set; }
    }

    private sealed class DecisionRow
    {
        public long ApplicationId { get; set; }
        public string Decision { get; set; } = "";
        public long? GrantedFen { get; set; }
        public string? Note { get; set; }
        public byte[]? NoteEnc { get; set; }
        public string Category { get; set; } = "";
        public long RequestedFen { get; set; }
    }

    internal static async Task<Meeting?> LoadAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx, long id,
        PiiProtector pii, CancellationToken ct)
    {
        var m = await conn.QuerySingleOrDefaultAsync<MeetingRow>(new CommandDefinition("""
            SELECT id, fund_id AS FundId, held_at AS HeldAt, minutes, minutes_enc AS MinutesEnc, created_by AS CreatedBy, created_at AS CreatedAt
            FROM review_meeting WHERE id = @Id
            """, new { Id = id }, tx, cancellationToken: ct));
        if (m is null)
        {
            return null;
        }

        var decisions = (await conn.QueryAsync<DecisionRow>(new CommandDefinition("""
            SELECT d.application_id AS ApplicationId, d.decision, d.granted_fen AS GrantedFen, d.note, d.note_enc AS NoteEnc, a.category,
                   a.requested_fen AS RequestedFen
            FROM review_decision d JOIN fund_application a ON a.id = d.application_id
            WHERE d.meeting_id = @Id ORDER BY d.id
            """, new { Id = id }, tx, cancellationToken: ct)))
            .Select(d => new DecisionView(FundRules.Id(d.ApplicationId), d.Decision, d.GrantedFen, pii.DecryptText(d.NoteEnc, d.Note), d.Category, d.RequestedFen))
            .ToList();
        return new Meeting(FundRules.Id(m.Id), FundRules.Id(m.FundId), m.HeldAt.ToChina(), pii.DecryptText(m.MinutesEnc, m.Minutes) ?? "", FundRules.Id(m.CreatedBy),
            m.CreatedAt.ToChina(), decisions.Sum(d => d.GrantedFen ?? 0), decisions);
    }
}
