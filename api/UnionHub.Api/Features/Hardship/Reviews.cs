using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// Grassroots review (submitted -> grassroots_approved | rejected) by an org admin whose subtree holds the member's org,
/// then district review (grassroots_approved -> in_notice | rejected) by an admin of an org strictly above the member's org,
/// who must not be the grassroots reviewer. Approval at district level starts the public notice, which ends
/// <c>notice_working_days</c> working days later (<see cref="WorkingCalendar.DeadlineAfter"/>).
/// Each step is a conditional UPDATE on the expected status; a refusal re-reads the row with a lock to say why.
/// </summary>
public static class Reviews
{
    public sealed record ReviewRequest(string? Decision, string? Note);

    internal static Validator Check(ReviewRequest request) => new Validator()
        .Check(request.Decision is "approve" or "reject", "decision", "must be approve or reject")
        .Check(request.Decision != "reject" || !string.IsNullOrWhiteSpace(request.Note), "note", "is required when rejecting")
        .Check(request.Note is null || request.Note.Length <= 2000, "note", "must be at most 2000 characters");

    /// <summary>A locking read: sees the latest committed status (a plain read would see this transaction's snapshot).</summary>
    internal static Task<string> CurrentStatusAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx, long id,
        CancellationToken ct) =>
        conn.QuerySingleAsync<string>(new CommandDefinition("SELECT status FROM hardship_declaration WHERE id = @id FOR UPDATE", new { id }, tx,
            cancellationToken: ct));
}
