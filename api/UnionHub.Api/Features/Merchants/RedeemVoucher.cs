using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.Redeem;

namespace UnionHub.Api.Features.Merchants;

public static class RedeemVoucher
{
    private const string MarkRedeemed = $"""
        UPDATE voucher v SET v.status = 'redeemed', v.redeemed_at = @now
        WHERE v.code = @code AND v.status = 'unused' AND v.valid_until > @now AND {Accepts}
        """;

    private const string InsertRedemption = """
        INSERT INTO redemption (voucher_id, merchant_id, api_key_id, staff_id, face_value_fen, redeemed_at)
        SELECT v.id, @merchantId, @keyId, @staffId, COALESCE(p.face_value_fen, 0), @now
        FROM voucher v JOIN perk p ON p.id = v.perk_id WHERE v.code = @code;
        SELECT r.id, r.voucher_id AS VoucherId, r.face_value_fen AS FaceValueFen FROM redemption r WHERE r.id = LAST_INSERT_ID();
        """;

    private sealed record Inserted(long Id, long VoucherId, long FaceValueFen);

    public static async Task<Results<Created<RedeemResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, MySqlDataSource db, Transactions transactions, VoucherSigner signer, IdempotencyScope idem,
        TimeProvider clock, CancellationToken ct)
    {
        var merchantId = http.User.MerchantId()!.Value;
        var (code, problem) = ResolveCode(request, signer);
        if (problem is not null)
        {
            return await idem.RefuseAsync(problem, ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var args = new { code, merchantId, now, keyId = http.User.MerchantKeyId(), staffId = http.User.StaffId() };
        // re-run whole when a cluster node's certification rolls it back (the same voucher redeemed through another node)
        var redeemed = await transactions.RunAsync<RedeemResponse?>(async (conn, tx) =>
        {
            if (await conn.ExecuteAsync(new CommandDefinition(MarkRedeemed, args, tx, cancellationToken: ct)) != 1)
            {
                idem.MarkRolledBack(); // an earlier attempt's completion was rolled back with it
                return null;
            }

            var inserted = await conn.QuerySingleAsync<Inserted>(new CommandDefinition(InsertRedemption, args, tx, cancellationToken: ct));
            var response = new RedeemResponse(ManageMerchants.Inv(inserted.Id), ManageMerchants.Inv(inserted.VoucherId),
                inserted.FaceValueFen, now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
            return response;
        }, ct);

        if (redeemed is not null)
        {
            AppMetrics.Redemptions.Add(1);
            return TypedResults.Created($"/api/v1/merchant/redemptions/{redeemed.RedemptionId}", redeemed);
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        // Nothing changed: say why, from the voucher as it is now.
        var row = await conn.QuerySingleOrDefaultAsync<VoucherRow>(new CommandDefinition(SelectVoucher, new { code, merchantId }, cancellationToken: ct));
        var answer = row switch
        {
            null => NotFound(),
            { Accepted: false } => WrongMerchant(),
            { Status: "redeemed" } => Problems.Create(409, MerchantProblems.VoucherAlreadyRedeemed, "This voucher was already redeemed.",
                $"Redeemed at {row.RedeemedAt.ToChina():yyyy-MM-dd HH:mm:ss}.",
                new Dictionary<string, object?> { ["redeemedAt"] = row.RedeemedAt.ToChina() }),
            { Status: "void" } => Problems.Create(409, MerchantProblems.VoucherVoid, "This voucher was cancelled by the union."),
            _ when row.ValidUntil <= now => Problems.Create(409, MerchantProblems.VoucherExpired, "This voucher has expired.",
                $"It was valid until {row.ValidUntil.ToChina():yyyy-MM-dd HH:mm}.",
                new Dictionary<string, object?> { ["validUntil"] = row.ValidUntil.ToChina() }),
            // unused again (a void landed between our update and this read): the client may simply retry
            _ => Problems.Create(409, MerchantProblems.VoucherChanged, "The voucher changed while redeeming. Try again."),
        };
        return answer.ProblemDetails.Extensions["code"] as string == MerchantProblems.VoucherChanged ? answer : await idem.RefuseAsync(answer, ct);
    }
}
