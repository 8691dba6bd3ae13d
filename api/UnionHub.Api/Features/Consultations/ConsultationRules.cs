using System.Globalization;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Consultations;

/// <summary>Names and rules of the consultation desk.</summary>
public static class ConsultationRules
{
    public const string Open = "open";
    public const string FollowUp = "follow_up";
    public const string Closed = "closed";
    public const string Converted = "converted";

    public const string ToLegalAidCase = "legal_aid_case";
    public const string ToFundApplication = "fund_application";

    public const int MaxTopicChars = 500;
    public const int MaxOutcomeChars = 2000;
    public const int MaxCallerNameChars = 50;

    public static readonly string[] Channels = ["hotline", "walk_in", "online"];
    public static readonly IReadOnlySet<string> Categories = new HashSet<string>(StringComparer.Ordinal)
        { "wage_arrears", "dismissal", "injury", "contract", "social_insurance", "hardship", "other" };
    /// <summary>The statuses staff set by hand; <see cref="Converted"/> only a conversion sets.</summary>
    public static readonly IReadOnlySet<string> EditableStatuses = new HashSet<string>(StringComparer.Ordinal) { Open, FollowUp, Closed };
    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(StringComparer.Ordinal) { Open, FollowUp, Closed, Converted };

    /// <summary>SQL: the consultation aliased <c>c</c> belongs to a desk inside the caller's scope (bind <c>ScopePath</c>).</summary>
    public static readonly string InScopeSql = Scope.Sql("(SELECT o.path FROM org o WHERE o.id = c.org_id)");

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Join(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));
}
