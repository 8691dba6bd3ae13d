using System.Globalization;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Donations;

/// <summary>Names and rules of donations (money into a relief fund).</summary>
public static class DonationRules
{
    public const string Recorded = "recorded";
    public const string ReversalRequested = "reversal_requested";
    public const string Reversed = "reversed";

    public const string EnterpriseDonor = "enterprise";
    public const string MemberDonor = "member";
    public const string AnonymousDonor = "anonymous";

    public const int MaxNoteChars = 500;
    public const int MaxReasonChars = 500;
    public const int MaxContactNameChars = 50;
    public const int MaxEnterpriseNameChars = 200;

    /// <summary>The largest single donation (10 million yuan): a typo guard, not a policy.</summary>
    public const long MaxAmountFen = 1_000_000_000;

    public static readonly IReadOnlySet<string> DonorKinds = new HashSet<string>(StringComparer.Ordinal) { EnterpriseDonor, MemberDonor, AnonymousDonor };
    public static readonly IReadOnlySet<string> Channels = new HashSet<string>(StringComparer.Ordinal) { "bank_transfer", "cash", "online" };
    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(StringComparer.Ordinal) { Recorded, ReversalRequested, Reversed };

    /// <summary>2026-000123: the year received and the year's sequence number.</summary>
    public static string ReceiptNo(int year, int seq) => string.Create(CultureInfo.InvariantCulture, $"{year}-{seq:D6}");

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Join(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));

    /// <summary>Today's date in China, the calendar donations are received and receipted in.</summary>
    public static DateOnly TodayInChina(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToChina().DateTime);
}
