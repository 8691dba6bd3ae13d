using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// POST /admin/membership-transfer-requests/{id}/refuse {reason}: the request is closed with the reason (stored encrypted, shown
/// to the member), audited, and the member told. The member stays where they are and may ask again.
/// </summary>
public static class RefuseMembershipTransferRequest
{
    public sealed record Request(string? Reason);

    private const string Close = """
        UPDATE membership_transfer_request
        SET status = 'refused', open_member_id = NULL, refusal_enc = @Reason, decided_by = @StaffId, decided_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'pending'
        """;

    public static async Task<Results<Ok<TransferRequests.TransferRequest>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", MaxReasonChars);
        if (!v.IsValid)
        {
            return v.Problem();
        }

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

            // the request row alone is locked (a locking read of the joined select would lock the member's row too)
            var status = await conn.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT status FROM membership_transfer_request WHERE id = @Id FOR UPDATE", new { row.Id }, tx, cancellationToken: ct));
            if (status != TransferRequests.Pending)
            {
                return TransferRequests.Decided(status!);
            }

            await conn.ExecuteAsync(new CommandDefinition(Close, new
            {
                row.Id, Reason = pii.Encrypt(request.Reason!.Trim()), StaffId = http.User.StaffId(), Now = at,
            }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "membership.transfer_refuse", "membership_transfer_request", row.Id.Text(),
                new { toOrgId = row.ToOrgId.Text() }, ct);
            await NotifyAsync(conn, tx, at, row.MemberId, "transfer_refused", row.Id, row.ToOrgName, ct);
            return TypedResults.Ok(await TransferRequests.ViewAsync(conn, tx, pii, row.Id, ct));
        }, ct);
    }
}
