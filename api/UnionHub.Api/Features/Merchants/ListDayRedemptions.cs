using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.DayRedemptions;

namespace UnionHub.Api.Features.Merchants;

public static class ListDayRedemptions
{
    private sealed class Row
    {
        public long Id { get; init; }
        public long VoucherId { get; init; }
        public string Code { get; init; } = "";
        public string PerkTitle { get; init; } = "";
        public long FaceValueFen { get; init; }
        public DateTime RedeemedAt { get; init; }
        public DateTime? VoidedAt { get; init; }
        public string? VoidReason { get; init; }
    }

    private const string Select = """
        SELECT r.id, r.voucher_id AS VoucherId, v.code, p.title AS PerkTitle, r.face_value_fen AS FaceValueFen,
               r.redeemed_at AS RedeemedAt, r.voided_at AS VoidedAt, r.void_reason AS VoidReason
        FROM redemption r JOIN voucher v ON v.id = r.voucher_id JOIN perk p ON p.id = v.perk_id
        WHERE r.merchant_id = @merchantId AND r.redeemed_at >= @start AND r.redeemed_at < @end AND r.id < @after
        ORDER BY r.id DESC
        LIMIT @take
        """;

    public static async Task<Results<Ok<Page<Item>>, ProblemHttpResult>> Handle(HttpContext http, MySqlDataSource db, TimeProvider clock,
        CancellationToken ct, string? date = null, int? limit = null, string? cursor = null)
    {
        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.ToOffset(Clock.ChinaOffset).DateTime);
        if (!string.IsNullOrEmpty(date))
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["date"] = ["must be a date yyyy-MM-dd"] });
            }
        }

        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var merchantId = http.User.MerchantId()!.Value;
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Clock.ChinaOffset).UtcDateTime;
        var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Clock.ChinaOffset).UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select,
            new { merchantId, start, end, after = paging.After, take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var nowUtc = now.UtcDateTime;
        return TypedResults.Ok(new Page<Item>(page.Items.Select(r =>
        {
            var until = r.RedeemedAt + VoidRedemption.Window;
            return new Item(ManageMerchants.Inv(r.Id), ManageMerchants.Inv(r.VoucherId), r.Code, r.PerkTitle, r.FaceValueFen,
                r.RedeemedAt.ToChina(), r.VoidedAt.ToChina(), r.VoidReason,
                r.VoidedAt is null && until > nowUtc ? until.ToChina() : null);
        }).ToList(), page.NextCursor));
    }
}
