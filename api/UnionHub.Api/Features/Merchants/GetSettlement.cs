using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.Settlements;

namespace UnionHub.Api.Features.Merchants;

public static class GetSettlement
{
    private sealed record Row(long Id, long VoucherId, string Code, string PerkTitle, long FaceValueFen, DateTime RedeemedAt);

    private const string Select = """
        SELECT r.id, r.voucher_id AS VoucherId, v.code, p.title AS PerkTitle, r.face_value_fen AS FaceValueFen, r.redeemed_at AS RedeemedAt
        FROM redemption r JOIN voucher v ON v.id = r.voucher_id JOIN perk p ON p.id = v.perk_id
        WHERE r.merchant_id = @merchantId AND r.voided_at IS NULL AND r.redeemed_at >= @start AND r.redeemed_at < @end
        ORDER BY r.redeemed_at, r.id
        """;

    public static async Task<Results<Ok<Statement>, ProblemHttpResult, FileContentHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct, string? from = null, string? to = null)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Clock.ChinaOffset).DateTime);
        var v = new Validator();
        var fromDate = ParseDate(from, today, v, "from");
        var toDate = ParseDate(to, today, v, "to");
        v.Check(toDate >= fromDate, "to", "must not be before from")
            .Check(toDate.DayNumber - fromDate.DayNumber < MaxDays, "to", $"a statement covers at most {MaxDays} days");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var merchantId = http.User.MerchantId()!.Value;
        var start = new DateTimeOffset(fromDate.ToDateTime(TimeOnly.MinValue), Clock.ChinaOffset).UtcDateTime;
        var end = new DateTimeOffset(toDate.AddDays(1).ToDateTime(TimeOnly.MinValue), Clock.ChinaOffset).UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        var name = await conn.ExecuteScalarAsync<string>(new CommandDefinition("SELECT name FROM merchant WHERE id = @merchantId",
            new { merchantId }, cancellationToken: ct)) ?? "";
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select, new { merchantId, start, end }, cancellationToken: ct))).ToList();
        // summed in decimal: face values are bounded now, but rows from before the cap could overflow a long
        var total = rows.Sum(r => (decimal)r.FaceValueFen);
        if (total > long.MaxValue)
        {
            return Problems.Create(422, MerchantProblems.SettlementTotalTooLarge, "The total face value of the period does not fit in a statement; a perk above the voucher cap was redeemed. Ask the union to review it.",
                $"{rows.Count} redemptions.");
        }

        var statement = new Statement(ManageMerchants.Inv(merchantId), name, fromDate, toDate, rows.Count, (long)total,
            rows.Select(r => new Item(ManageMerchants.Inv(r.Id), ManageMerchants.Inv(r.VoucherId), r.Code, r.PerkTitle, r.FaceValueFen,
                r.RedeemedAt.ToChina())).ToList());

        if (Csv.Wanted(http.Request))
        {
            return Csv.File(ToCsv(statement),
                $"settlement-{statement.MerchantId}-{fromDate:yyyyMMdd}-{toDate:yyyyMMdd}.csv");
        }

        return TypedResults.Ok(statement);
    }

    private static DateOnly ParseDate(string? text, DateOnly fallback, Validator v, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        v.Check(ok, field, "must be a date yyyy-MM-dd");
        return ok ? date : fallback;
    }
}
