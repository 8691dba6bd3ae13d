using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// POST /admin/members/{id}/vouchers/{voucherId}/void: staff of the member's subtree cancel an unredeemed voucher with a
/// reason. One transaction: the conditional update 'unused' -> 'void' takes the voucher's row lock, the same lock a
/// redemption's 'unused' -> 'redeemed' takes, so when both race exactly one wins; the loser sees the other's result
/// (here 409 voucher.already_redeemed; at the till 409 voucher.void). The audit row <c>voucher.void</c> is written in the
/// same transaction; the reason is kept on the voucher as ciphertext (it may describe the person).
/// The perk's stock is not given back and the voucher still counts towards the member's per-perk limit.
/// </summary>
public static class VoidMemberVoucher
{
    public sealed record Request(string? Reason);

    public sealed record Response(string Id, string MemberId, string Status, DateTimeOffset VoidedAt, string VoidReason);

    private const string MarkVoid = """
        UPDATE voucher SET status = 'void', voided_at = @Now, voided_by = @StaffId, void_reason_enc = @ReasonEnc
        WHERE id = @VoucherId AND member_id = @MemberId AND status = 'unused'
        """;

    // A locking read: the latest committed status (the one the update saw), not this transaction's snapshot.
    private const string SelectStatus = "SELECT status FROM voucher WHERE id = @VoucherId AND member_id = @MemberId FOR UPDATE";

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string id, string voucherId, Request request, HttpContext http, Transactions transactions, PiiProtector pii,
        TimeProvider clock, CancellationToken ct)
    {
        var reason = request.Reason?.Trim() ?? "";
        var v = new Validator().Required(reason, "reason", MemberLookup.MaxVoidReasonChars);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var voucher = Ids.Parse(voucherId);
        var now = clock.GetUtcNow();
        var reasonEnc = pii.Encrypt(reason);
        return await transactions.RunAsync<Results<Ok<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var member = await MemberLookup.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (member is null || voucher is null)
            {
                return Problems.NotFound(member is null ? "member" : "voucher");
            }

            var args = new { Now = now.UtcDateTime, StaffId = http.User.StaffId(), ReasonEnc = reasonEnc, VoucherId = voucher, MemberId = member.Id };
            if (await conn.ExecuteAsync(new CommandDefinition(MarkVoid, args, tx, cancellationToken: ct)) == 1)
            {
                await Audit.WriteAsync(conn, tx, http, "voucher.void", "voucher", voucher.Value.Text(),
                    new { memberId = member.Id.Text() }, ct);
                return TypedResults.Ok(new Response(voucher.Value.Text(), member.Id.Text(), Perks.VoucherStatus.Void, now.ToChina(), reason));
            }

            return await conn.ExecuteScalarAsync<string?>(new CommandDefinition(SelectStatus, args, tx, cancellationToken: ct)) switch
            {
                null => Problems.NotFound("voucher"),
                "redeemed" => Problems.Create(409, MemberProblems.VoucherAlreadyRedeemed, "This voucher was already redeemed.",
                    "A redeemed voucher cannot be voided; the merchant may void the redemption within 30 minutes."),
                "void" => Problems.Create(409, MemberProblems.VoucherVoid, "This voucher was already voided."),
                // unused again: a merchant voided its redemption between our update and this read; the caller may retry
                _ => Problems.Create(409, MemberProblems.VoucherChanged, "The voucher changed while voiding it. Try again."),
            };
        }, ct);
    }
}
