using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.Redeem;

namespace UnionHub.Api.Features.Merchants;

public static class PreviewRedemption
{
    public static async Task<Results<Ok<PreviewResponse>, ProblemHttpResult>> Handle(
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
}
