using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// POST /membership/leave {reason?}: the member leaves their organisation. The membership ends (see <see cref="Moves"/>): the
/// account is "unverified" again and may join again later; the organisation keeps the history.
/// </summary>
public static class LeaveMembership
{
    public sealed record Request(string? Reason);

    public static async Task<Results<Ok<GetMe.MeResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, MySqlDataSource db, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        if (http.User.MemberId() is not { } memberId)
        {
            return Problems.NotFound("member");
        }

        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        var v = new Validator().Check(reason is null || reason.Length <= MaxReasonChars, "reason", $"must be at most {MaxReasonChars} characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var at = clock.GetUtcNow().UtcDateTime;
        var refused = await transactions.RunAsync<ProblemHttpResult?>(async (conn, tx) =>
        {
            var member = await Moves.LockAsync(conn, tx, memberId, ct);
            if (member is null)
            {
                return Problems.NotFound("member");
            }

            if (member.VerifiedAt is null)
            {
                return Problems.Create(409, MembershipProblems.NotMember, "This account is not a member of any organisation.");
            }

            var outcome = await Moves.MoveAsync(conn, tx, http, pii, at, member, null, reason, ct);
            await Audit.WriteAsync(conn, tx, http, "membership.leave", "member", member.Id.Text(),
                new { fromOrgId = member.OrgId?.Text(), withdrawnApplications = outcome.WithdrawnApplications }, ct);
            return null;
        }, ct);
        if (refused is not null)
        {
            return refused;
        }

        await using var read = await db.OpenConnectionAsync(ct);
        return TypedResults.Ok((await GetMe.LoadAsync(read, null, pii, memberId, ct))!);
    }
}
