using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>Names and rules shared by the hardship use cases.</summary>
public static class HardshipRules
{
    public const string Submitted = "submitted";
    public const string GrassrootsApproved = "grassroots_approved";
    public const string InNotice = "in_notice";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    /// <summary>Taken out of review by the member's account deletion (<c>Privacy/Casework</c>).</summary>
    public const string Withdrawn = "withdrawn";

    public static readonly IReadOnlySet<string> Tiers = new HashSet<string>(StringComparer.Ordinal) { "deep", "relative", "emergency" };

    public static readonly IReadOnlySet<string> Reasons = new HashSet<string>(StringComparer.Ordinal)
        { "temporary_hardship", "low_income", "major_illness", "accident" };

    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(StringComparer.Ordinal)
        { Submitted, GrassrootsApproved, InNotice, Approved, Rejected, Withdrawn };

    /// <summary>The relief-fund category an award is booked under.</summary>
    public static string FundCategory(string reason) => reason == "accident" ? "accident_disaster" : reason;

    public const int DefaultNoticeWorkingDays = 5;

    /// <summary>
    /// Grassroots review: any org_admin whose subtree holds the member's org (normally the member's own grassroots
    /// union), or a super_admin.
    /// </summary>
    public static bool CanReviewAsGrassroots(Scope scope, string memberOrgPath) => scope.Contains(memberOrgPath);

    /// <summary>
    /// District review, objections and final approval: an org_admin of an org strictly above the member's org (the
    /// district or city union), or a super_admin. The grassroots union's own admin cannot review its own declaration again.
    /// </summary>
    public static bool CanReviewAsDistrict(Scope scope, string memberOrgPath) => scope.ContainsBelow(memberOrgPath);

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotDistrict() =>
        Problems.Create(403, HardshipProblems.HardshipNotDistrict, "Only an admin of an organisation above the member's organisation decides this.",
            "District review, objections and final approval belong to the district (or higher) union.");

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult WrongState(string expected, string actual) =>
        Problems.Create(409, HardshipProblems.DeclarationWrongState, "The declaration is not in the state this step needs.",
            $"Needs {expected}; the declaration is {actual}.");

    private const string InsertHistory = """
        INSERT INTO hardship_declaration_history (declaration_id, at, actor_kind, actor_id, from_status, to_status, note_enc)
        VALUES (@DeclarationId, @At, @ActorKind, @ActorId, @From, @To, @Note)
        """;

    /// <summary>Records a status change of a declaration, in the transaction that made it (the note encrypted).</summary>
    public static Task HistoryAsync(DbConnection conn, DbTransaction tx, long declarationId, DateTime atUtc, HttpContext http,
        string? from, string to, string? note, CancellationToken ct)
    {
        var (kind, actor) = http.User.StaffId() is { } staff ? ("staff", staff) : ("member", http.User.MemberId() ?? 0);
        return conn.ExecuteAsync(new CommandDefinition(InsertHistory,
            new { DeclarationId = declarationId, At = atUtc, ActorKind = kind, ActorId = actor, From = from, To = to,
                Note = http.RequestServices.GetRequiredService<PiiProtector>().EncryptOrNull(note) },
            tx, cancellationToken: ct));
    }

    /// <summary>
    /// The members on the register (open households) in the subtree of <c>@ScopePath</c>, for <see cref="Outbox.EnqueueForEachAsync"/>:
    /// told when a round's needs survey opens.
    /// </summary>
    public static readonly string SurveyAudienceSql = $"""
        SELECT DISTINCT h.member_id FROM hardship_household h
        JOIN org o ON o.id = h.org_id JOIN member m ON m.id = h.member_id AND m.deleted_at IS NULL
        WHERE h.exited_on IS NULL AND {Scope.Sql("o.path")} AND h.member_id > @After
        ORDER BY h.member_id LIMIT @Take
        """;

    /// <summary>Tells the member about a decision, in the decision's transaction (no personal data in the payload).</summary>
    public static Task NotifyAsync(DbConnection conn, DbTransaction tx, DateTime nowUtc, long memberId, long declarationId, long roundId,
        string status, long? amountFen, CancellationToken ct) =>
        Outbox.EnqueueAsync(conn, tx, new DateTimeOffset(nowUtc, TimeSpan.Zero), memberId, NotificationKinds.HardshipDecided,
            new { declarationId = declarationId.Text(), roundId = roundId.Text(), status, amountFen }, ct);
}
