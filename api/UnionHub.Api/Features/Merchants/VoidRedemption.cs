using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Merchants;

/// <summary>
/// POST /merchant/redemptions/{id}/void: the redeeming merchant reverses a redemption within 30 minutes,
/// with a reason. The redemption stays on record as voided and the voucher is 'unused' again.
/// </summary>
public static class VoidRedemption
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    public sealed record Request(string? Reason);
    public sealed record Response(string RedemptionId, string VoucherId, string VoucherStatus, DateTimeOffset VoidedAt, string Reason);

    private sealed record State(long VoucherId, DateTime RedeemedAt, DateTime? VoidedAt);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string redemptionId, Request request, HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Reason, "reason", 500);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var merchantId = http.User.MerchantId()!.Value;
        var id = Ids.Parse(redemptionId);
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Ok<Response>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var state = id is null ? null : await conn.QuerySingleOrDefaultAsync<State>(new CommandDefinition(
                "SELECT voucher_id AS VoucherId, redeemed_at AS RedeemedAt, voided_at AS VoidedAt FROM redemption WHERE id = @id AND merchant_id = @merchantId FOR UPDATE",
                new { id, merchantId }, tx, cancellationToken: ct));
            if (state is null)
            {
                return Problems.Create(404, MerchantProblems.RedemptionNotFound, "No redemption of this merchant has this id.");
            }

            if (state.VoidedAt is not null)
            {
                return Problems.Create(409, MerchantProblems.RedemptionAlreadyVoid, "This redemption was already voided.");
            }

            if (now - state.RedeemedAt > Window)
            {
                return Problems.Create(409, MerchantProblems.RedemptionVoidWindowPassed, "Redemptions can be voided only within 30 minutes.",
                    $"It was redeemed at {state.RedeemedAt.ToChina():yyyy-MM-dd HH:mm}.");
            }

            // The row lock above makes these two updates one step: no second void, no void racing a re-redemption.
            await conn.ExecuteAsync(new CommandDefinition(
                "UPDATE redemption SET voided_at = @now, void_reason = @reason WHERE id = @id",
                new { id, now, reason = request.Reason!.Trim() }, tx, cancellationToken: ct));
            var reopened = await conn.ExecuteAsync(new CommandDefinition(
                "UPDATE voucher SET status = 'unused', redeemed_at = NULL WHERE id = @voucherId AND status = 'redeemed'",
                new { state.VoucherId }, tx, cancellationToken: ct));
            if (reopened != 1)
            {
                return Problems.Create(409, MerchantProblems.RedemptionNotVoidable, "The voucher is no longer in the redeemed state.");
            }

            await Audit.WriteAsync(conn, tx, http, "redemption.void", "redemption", ManageMerchants.Inv(id!.Value),
                new { merchantId, voucherId = state.VoucherId, reason = request.Reason.Trim() }, ct);
            return TypedResults.Ok(new Response(ManageMerchants.Inv(id.Value), ManageMerchants.Inv(state.VoucherId), "unused", now.ToChina(),
                request.Reason.Trim()));
        }, ct);
    }
}
