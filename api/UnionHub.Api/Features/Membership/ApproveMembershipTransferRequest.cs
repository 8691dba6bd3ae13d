using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// POST /admin/membership-transfer-requests/{id}/approve: staff of the target organisation's subtree approve a pending transfer
/// request; in one transaction the request is closed and the member moved exactly as a staff transfer moves them
/// (<see cref="Moves.MoveAsync"/>: rosters, open fund applications, history in both organisations, the member's notice).
/// The member row is locked before the request row (as leaving and withdrawing lock them), so two approvals at once, or an
/// approval racing the member leaving, move the member once: the later one finds the request decided or cancelled (409).
/// The target must still be a grassroots organisation (none below it) when the request is approved: one may have been put
/// under it since the member asked (409 <c>membership.target_not_grassroots</c>; staff refuse the request with the reason). The
/// check is a locking read of the target's children, so an organisation created under it at the same moment waits for the move.
/// </summary>
public static class ApproveMembershipTransferRequest
{
    private const string LockRequest = "SELECT status FROM membership_transfer_request WHERE id = @Id FOR UPDATE";

    // a locking read: it also locks the gap where a new child of the target would go, so none can appear until the move commits
    private const string TargetHasChildren = "SELECT COUNT(*) FROM org WHERE parent_id = @ToOrgId LOCK IN SHARE MODE";

    private const string Close = """
        UPDATE membership_transfer_request
        SET status = 'approved', open_member_id = NULL, decided_by = @StaffId, decided_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'pending'
        """;

    public static async Task<Results<Ok<TransferRequests.TransferRequest>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var requestId = Ids.Parse(id);
        var at = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<TransferRequests.TransferRequest>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await scope.FindAsync<TransferRequests.Row>(conn, tx, TransferRequests.SelectColumns + " WHERE r.id = @Id", requestId, ct)
                is not { } row)
            {
                return Problems.NotFound("transfer request");
            }

            var member = await Moves.LockAsync(conn, tx, row.MemberId, ct);
            var status = await conn.ExecuteScalarAsync<string>(new CommandDefinition(LockRequest, new { row.Id }, tx, cancellationToken: ct));
            if (status != TransferRequests.Pending)
            {
                return TransferRequests.Decided(status!);
            }

            if (member is not { VerifiedAt: not null, OrgId: not null })
            {
                return Problems.Create(409, MembershipProblems.NotMember, "The member is no longer a member of any organisation.",
                    "Refuse the request with the reason.");
            }

            // the target's row written (RowLocks), as CreateOrg writes the parent's: the gap lock below is node-local on a Galera cluster,
            // the written row is not, so a child created on another node at the same moment conflicts with this move (DESIGN 12)
            await RowLocks.WriteAsync(conn, tx, RowLocks.Org, row.ToOrgId, ct);
            if (await conn.ExecuteScalarAsync<long>(new CommandDefinition(TargetHasChildren, new { row.ToOrgId }, tx, cancellationToken: ct)) > 0)
            {
                return Problems.Create(409, MembershipProblems.TargetNotGrassroots,
                    "The target organisation is no longer a grassroots organisation: organisations have been put under it since the member asked.",
                    "Refuse the request with the reason; the member may ask to move to one of the organisations under it.");
            }

            await conn.ExecuteAsync(new CommandDefinition(Close, new { row.Id, StaffId = http.User.StaffId(), Now = at }, tx, cancellationToken: ct));
            var outcome = await Moves.MoveAsync(conn, tx, http, pii, at, member, (row.ToOrgId, row.ToOrgName, row.ToOrgPath), pii.Decrypt(row.ReasonEnc),
                ct);
            await Audit.WriteAsync(conn, tx, http, "membership.transfer_approve", "membership_transfer_request", row.Id.Text(), new
            {
                memberId = member.Id.Text(), fromOrgId = member.OrgId.Value.Text(), toOrgId = row.ToOrgId.Text(),
                withdrawnApplications = outcome.WithdrawnApplications,
            }, ct);
            return TypedResults.Ok(await TransferRequests.ViewAsync(conn, tx, pii, row.Id, ct));
        }, ct);
    }
}
