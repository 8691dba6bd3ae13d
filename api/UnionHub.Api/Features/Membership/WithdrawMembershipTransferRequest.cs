using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// POST /membership/transfer-requests/{id}/withdraw: the member withdraws their pending transfer request (withdrawing again
/// answers the same). The member row is locked first, as an approval locks it, so a withdrawal and an approval are ordered.
/// </summary>
public static class WithdrawMembershipTransferRequest
{
    private const string Close = """
        UPDATE membership_transfer_request
        SET status = 'withdrawn', open_member_id = NULL, decided_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'pending'
        """;

    public static async Task<Results<Ok<TransferRequests.TransferRequest>, ProblemHttpResult>> Handle(
        string id, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var requestId = Ids.Parse(id);
        if (http.User.MemberId() is not { } memberId || requestId is null)
        {
            return Problems.NotFound("transfer request");
        }

        var at = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<TransferRequests.TransferRequest>, ProblemHttpResult>>(async (conn, tx) =>
        {
            await Moves.LockAsync(conn, tx, memberId, ct);
            var status = await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT status FROM membership_transfer_request WHERE id = @Id AND member_id = @MemberId FOR UPDATE",
                new { Id = requestId, MemberId = memberId }, tx, cancellationToken: ct));
            if (status is null)
            {
                return Problems.NotFound("transfer request");
            }

            if (status is not (TransferRequests.Pending or TransferRequests.Withdrawn))
            {
                return TransferRequests.Decided(status);
            }

            if (status == TransferRequests.Pending)
            {
                await conn.ExecuteAsync(new CommandDefinition(Close, new { Id = requestId, Now = at }, tx, cancellationToken: ct));
                await Audit.WriteAsync(conn, tx, http, "membership.transfer_request_withdraw", "membership_transfer_request", requestId.Value.Text(),
                    null, ct);
            }

            return TypedResults.Ok(await TransferRequests.ViewAsync(conn, tx, pii, requestId.Value, ct));
        }, ct);
    }
}
