using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Merchants;

/// <summary>
/// Preview and redeem a voucher by its code or its signed QR payload. A voucher is redeemed at most once,
/// whatever the concurrency, across all merchants and retries: one conditional UPDATE decides.
/// </summary>
public static class Redeem
{
    public sealed record Request(string? Code, string? QrPayload);

    public sealed record PreviewResponse(string VoucherId, string PerkTitle, string PerkKind, long? FaceValueFen, DateTimeOffset ValidUntil,
        string Status, string? MemberNameMasked);

    public sealed record RedeemResponse(string RedemptionId, string VoucherId, long FaceValueFen, DateTimeOffset RedeemedAt);

    /// <summary>Mapped by property (not constructor) so integer widths of computed columns do not matter across engines.</summary>
    private sealed class VoucherRow
    {
        public long Id { get; init; }
        public string PerkTitle { get; init; } = "";
        public string PerkKind { get; init; } = "";
        public long? FaceValueFen { get; init; }
        public string Status { get; init; } = "";
        public DateTime ValidUntil { get; init; }
        public DateTime? RedeemedAt { get; init; }
        public byte[]? NameEnc { get; init; }
        public bool Accepted { get; init; }
    }

    // Accepted: the perk lists this merchant, or lists none (goods and tickets collected anywhere).
    private const string Accepts = """
        (NOT EXISTS (SELECT 1 FROM perk_merchant pm WHERE pm.perk_id = v.perk_id)
         OR EXISTS (SELECT 1 FROM perk_merchant pm WHERE pm.perk_id = v.perk_id AND pm.merchant_id = @merchantId))
        """;

    private const string SelectVoucher = $"""
        SELECT v.id, p.title AS PerkTitle, p.kind AS PerkKind, p.face_value_fen AS FaceValueFen, v.status,
               v.valid_until AS ValidUntil, v.redeemed_at AS RedeemedAt, m.name_enc AS NameEnc, {Accepts} AS Accepted
        FROM voucher v JOIN perk p ON p.id = v.perk_id JOIN member m ON m.id = v.member_id
        WHERE v.code = @code
        """;

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

    /// <summary>The voucher code from either form of the request, or the problem to answer.</summary>
    internal static (string? Code, ProblemHttpResult? Problem) ResolveCode(Request request, VoucherSigner signer)
    {
        var hasCode = !string.IsNullOrWhiteSpace(request.Code);
        var hasQr = !string.IsNullOrWhiteSpace(request.QrPayload);
        if (hasCode == hasQr)
        {
            return (null, new Validator().Check(false, "code", "give either code or qrPayload").Problem());
        }

        if (hasQr)
        {
            return signer.Verify(request.QrPayload!.Trim()) is { } verified
                ? (verified, null)
                : (null, Problems.Create(422, "voucher.bad_signature", "The QR code is not a genuine voucher.",
                    "Its signature does not verify: it was altered or forged."));
        }

        var code = request.Code!.Trim().ToUpperInvariant().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return code.Length is > 0 and <= 32 ? (code, null) : (null, NotFound());
    }

    private static ProblemHttpResult NotFound() => Problems.Create(404, "voucher.not_found", "No voucher has this code.");

    private static ProblemHttpResult WrongMerchant() =>
        Problems.Create(403, "voucher.wrong_merchant", "This voucher cannot be spent at this merchant.");

    public static async Task<Results<Ok<PreviewResponse>, ProblemHttpResult>> Preview(
        Request request, HttpContext http, MySqlDataSource db, VoucherSigner signer, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var (code, problem) = ResolveCode(request, signer);
        if (problem is not null)
        {
            return problem;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<VoucherRow>(new CommandDefinition(SelectVoucher,
            new { code, merchantId = http.User.MerchantId() }, cancellationToken: ct));
        if (row is null)
        {
            return NotFound();
        }

        if (!row.Accepted)
        {
            return WrongMerchant();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new PreviewResponse(ManageMerchants.Inv(row.Id), row.PerkTitle, row.PerkKind, row.FaceValueFen,
            row.ValidUntil.ToChina(), StatusOf(row, now), pii.DecryptOrNull(row.NameEnc) is { } name ? Mask.Name(name) : null));
    }

    private static string StatusOf(VoucherRow row, DateTime now) =>
        row.Status == "unused" && row.ValidUntil <= now ? "expired" : row.Status;

    public static async Task<Results<Created<RedeemResponse>, ProblemHttpResult, StoredResponse>> Handle(
        Request request, HttpContext http, MySqlDataSource db, VoucherSigner signer, IdempotencyGate gate, TimeProvider clock,
        CancellationToken ct)
    {
        var merchantId = http.User.MerchantId()!.Value;
        await using var idem = await gate.StartAsync(http, $"merchant:{merchantId}", request, ct);
        if (idem.Refusal is { } refusal)
        {
            return refusal;
        }

        if (idem.Replay is { } replay)
        {
            return replay;
        }

        var (code, problem) = ResolveCode(request, signer);
        if (problem is not null)
        {
            return await idem.RefuseAsync(problem, ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            var args = new { code, merchantId, now, keyId = http.User.MerchantKeyId(), staffId = http.User.StaffId() };
            if (await conn.ExecuteAsync(new CommandDefinition(MarkRedeemed, args, tx, cancellationToken: ct)) == 1)
            {
                var inserted = await conn.QuerySingleAsync<Inserted>(new CommandDefinition(InsertRedemption, args, tx, cancellationToken: ct));
                var response = new RedeemResponse(ManageMerchants.Inv(inserted.Id), ManageMerchants.Inv(inserted.VoucherId),
                    inserted.FaceValueFen, now.ToChina());
                await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, response, ct);
                await tx.CommitAsync(ct);
                AppMetrics.Redemptions.Add(1);
                return TypedResults.Created($"/api/v1/merchant/redemptions/{response.RedemptionId}", response);
            }

            await tx.RollbackAsync(ct);
        }

        // Nothing changed: say why, from the voucher as it is now.
        var row = await conn.QuerySingleOrDefaultAsync<VoucherRow>(new CommandDefinition(SelectVoucher, new { code, merchantId }, cancellationToken: ct));
        var answer = row switch
        {
            null => NotFound(),
            { Accepted: false } => WrongMerchant(),
            { Status: "redeemed" } => Problems.Create(409, "voucher.already_redeemed", "This voucher was already redeemed.",
                $"Redeemed at {row.RedeemedAt.ToChina():yyyy-MM-dd HH:mm:ss}.",
                new Dictionary<string, object?> { ["redeemedAt"] = row.RedeemedAt.ToChina() }),
            { Status: "void" } => Problems.Create(409, "voucher.void", "This voucher was cancelled by the union."),
            _ when row.ValidUntil <= now => Problems.Create(409, "voucher.expired", "This voucher has expired.",
                $"It was valid until {row.ValidUntil.ToChina():yyyy-MM-dd HH:mm}.",
                new Dictionary<string, object?> { ["validUntil"] = row.ValidUntil.ToChina() }),
            // unused again (a void landed between our update and this read): the client may simply retry
            _ => Problems.Create(409, "voucher.changed", "The voucher changed while redeeming. Try again."),
        };
        return answer.ProblemDetails.Extensions["code"] as string == "voucher.changed" ? answer : await idem.RefuseAsync(answer, ct);
    }
}
