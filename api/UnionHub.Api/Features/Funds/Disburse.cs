using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// Payments of grants under dual control: one staff user proposes (POST /admin/fund-applications/{id}/disbursements,
/// idempotent), a different one confirms (POST /admin/disbursements/{id}/confirm).
/// Proposed + paid never exceed the grant: the proposal is a conditional UPDATE of the application's committed_fen,
/// which the row lock serialises. A confirmation locks the fund row first (the same order as review meetings),
/// flips the disbursement with a conditional UPDATE, appends the ledger row and moves the running totals.
/// </summary>
public static class Disburse
{
    public sealed record ProposeRequest(long? AmountFen, string? Reference);

    public sealed record Disbursement(string Id, string ApplicationId, string FundId, string Status, long AmountFen, string Reference,
        string ProposedBy, DateTimeOffset ProposedAt, string? ConfirmedBy, DateTimeOffset? ConfirmedAt, string ApplicationStatus);

    private sealed class DisbursementRow
    {
        public long Id { get; set; }
        public long FundId { get; set; }
        public long ApplicationId { get; set; }
        public long AmountFen { get; set; }
        public string Reference { get; set; } = "";
        public string Status { get; set; } = "";
        public long ProposedBy { get; set; }
        public DateTime ProposedAt { get; set; }
        public long? ConfirmedBy { get; set; }
        public DateTime? ConfirmedAt { get; set; }
        public string ApplicationStatus { get; set; } = "";
    }

    private const string SelectDisbursement = """
        SELECT d.id, d.fund_id AS FundId, d.application_id AS ApplicationId, d.amount_fen AS AmountFen, d.reference, d.status,
               d.proposed_by AS ProposedBy, d.proposed_at AS ProposedAt, d.confirmed_by AS ConfirmedBy, d.confirmed_at AS ConfirmedAt,
               a.status AS ApplicationStatus
        FROM fund_disbursement d JOIN fund_application a ON a.id = d.application_id
        WHERE d.id = @Id
        """;

    /// <summary>The disbursement when it exists and its fund lies inside the caller's scope (<see cref="FundRules.IsUsableAsync"/>); null: 404.</summary>
    internal static async Task<Disbursement?> LoadUsableAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx,
        HttpContext http, long id, CancellationToken ct)
    {
        var d = await LoadAsync(conn, tx, id, ct);
        return d is not null && await FundRules.IsUsableAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct),
            long.Parse(d.FundId, System.Globalization.CultureInfo.InvariantCulture), ct) ? d : null;
    }

    internal static async Task<Disbursement?> LoadAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx, long id,
        CancellationToken ct)
    {
        var d = await conn.QuerySingleOrDefaultAsync<DisbursementRow>(new CommandDefinition(SelectDisbursement, new { Id = id }, tx,
            cancellationToken: ct));
        return d is null
            ? null
            : new Disbursement(FundRules.Id(d.Id), FundRules.Id(d.ApplicationId), FundRules.Id(d.FundId), d.Status, d.AmountFen, d.Reference,
                FundRules.Id(d.ProposedBy), d.ProposedAt.ToChina(), d.ConfirmedBy is { } c ? FundRules.Id(c) : null, d.ConfirmedAt.ToChina(),
                d.ApplicationStatus);
    }
}
