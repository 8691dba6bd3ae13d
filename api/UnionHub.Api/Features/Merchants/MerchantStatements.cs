using System.Data.Common;
using System.Globalization;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Merchants;

/// <summary>
/// The union's settlement view across merchants (super_admin: merchants belong to no organisation). Per merchant and China
/// calendar month: the unvoided redemptions (count, face value), and the statement's state: <c>open</c> (live figures),
/// <c>closed</c> (figures frozen when it was closed) or <c>paid</c> (with the payment reference). A month can be closed once
/// it has ended and the 30-minute void window after it has passed, so the frozen figures can no longer change.
/// GET /admin/settlements?month=, POST /admin/settlements/{merchantId}/{month}/close, POST .../paid {reference}.
/// </summary>
public static class MerchantStatements
{
    /// <summary>How long after a redemption it can still be voided (VoidRedemption): a month closes only after this.</summary>
    public static readonly TimeSpan VoidWindow = TimeSpan.FromMinutes(30);

    public sealed record Statement(string MerchantId, string MerchantName, string Month, int RedeemedCount, long TotalFen, string Status,
        DateTimeOffset? ClosedAt, string? ClosedBy, DateTimeOffset? PaidAt, string? PaidBy, string? PaidReference);

    public sealed record MonthView(string Month, bool Closable, int RedeemedCount, long TotalFen, long ClosedFen, long PaidFen,
        IReadOnlyList<Statement> Merchants);

    public sealed record PaidRequest(string? Reference);

    internal sealed class Row
    {
        public long MerchantId { get; set; }
        public string MerchantName { get; set; } = "";
        public long LiveCount { get; set; }
        public long LiveFen { get; set; }
        public long? StatementId { get; set; }
        public int? FrozenCount { get; set; }
        public long? FrozenFen { get; set; }
        public string? Status { get; set; }
        public DateTime? ClosedAt { get; set; }
        public string? ClosedBy { get; set; }
        public DateTime? PaidAt { get; set; }
        public string? PaidBy { get; set; }
        public string? PaidReference { get; set; }

        public Statement View(string month) => new(MerchantId.ToString(CultureInfo.InvariantCulture), MerchantName, month,
            FrozenCount ?? (int)LiveCount, FrozenFen ?? LiveFen, Status ?? "open", ClosedAt?.ToChina(), ClosedBy, PaidAt?.ToChina(), PaidBy,
            PaidReference);
    }

    /// <summary>The month's live figures and its statement, per merchant (one merchant when <c>MerchantId</c> is bound, else all).</summary>
    private const string Select = """
        SELECT m.id AS MerchantId, m.name AS MerchantName,
               (SELECT COUNT(*) FROM redemption r WHERE r.merchant_id = m.id AND r.voided_at IS NULL
                  AND r.redeemed_at >= @Start AND r.redeemed_at < @End) AS LiveCount,
               (SELECT CAST(COALESCE(SUM(r.face_value_fen), 0) AS SIGNED) FROM redemption r WHERE r.merchant_id = m.id AND r.voided_at IS NULL
                  AND r.redeemed_at >= @Start AND r.redeemed_at < @End) AS LiveFen,
               s.id AS StatementId, s.redeemed_count AS FrozenCount, s.total_fen AS FrozenFen, s.status, s.closed_at AS ClosedAt,
               cu.username AS ClosedBy, s.paid_at AS PaidAt, pu.username AS PaidBy, s.paid_reference AS PaidReference
        FROM merchant m
        LEFT JOIN merchant_statement s ON s.merchant_id = m.id AND s.month = @Month
        LEFT JOIN staff_user cu ON cu.id = s.closed_by
        LEFT JOIN staff_user pu ON pu.id = s.paid_by
        WHERE (@MerchantId IS NULL OR m.id = @MerchantId)
        ORDER BY m.id
        """;

    internal static async Task<List<Row>> LoadAsync(DbConnection conn, DbTransaction? tx, DateOnly month, long? merchantId, CancellationToken ct) =>
        (await conn.QueryAsync<Row>(new CommandDefinition(Select, new
        {
            Month = Text(month), Start = Start(month), End = Start(month.AddMonths(1)), MerchantId = merchantId,
        }, tx, cancellationToken: ct))).ToList();

    /// <summary>"2026-11" as the first day of that month; null when it is not a month.</summary>
    internal static DateOnly? ParseMonth(string? text) =>
        text is { Length: 7 } && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Year is >= 2000 and <= 2100 ? d : null;

    internal static string Text(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The UTC instant the China calendar month starts.</summary>
    internal static DateTime Start(DateOnly month) =>
        new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), Clock.ChinaOffset).UtcDateTime;

    /// <summary>Whether the month has ended and its last redemptions can no longer be voided.</summary>
    internal static bool Closable(DateOnly month, DateTimeOffset now) => now.UtcDateTime >= Start(month.AddMonths(1)) + VoidWindow;
}
