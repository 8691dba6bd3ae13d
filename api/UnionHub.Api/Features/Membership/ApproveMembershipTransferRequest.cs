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
/// </summary>
public static class ApproveMembershipTransferRequest
{
    private const string LockRequest = "SELECT status FROM membership_transfer_request WHERE id = @Id FOR UPDATE";

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
