using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using MySqlConnector;

namespace UnionHub.IntegrationTests.Features.Merchants;

/// <summary>
/// The union's settlement view: per merchant and China month the unvoided redemptions, closing a month freezes them (once,
/// even when clicked in parallel), a closed statement is marked paid once with its reference; super_admin only.
/// </summary>
public sealed class MerchantStatementTests : ApiTest
{
    private static DateTime C(int y, int m, int d, int h = 12, int min = 0) => new DateTime(y, m, d, h, min, 0) - TimeSpan.FromHours(8);

    private static int _n;

    private static async Task<long> MerchantAsync(MySqlConnection db, string name) =>
        await db.ExecuteScalarAsync<long>("INSERT INTO merchant (name, credit_code, created_at) VALUES (@name, @code, NOW(6)); SELECT LAST_INSERT_ID();",
            new { name, code = $"STMT{Interlocked.Increment(ref _n):D14}" });

    private static async Task RedemptionAsync(MySqlConnection db, long merchant, long perk, long member, DateTime at, long fen, bool voided = false)
    {
        var n = Interlocked.Increment(ref _n);
        var voucher = await db.ExecuteScalarAsync<long>("""
            INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
            VALUES (@perk, @member, @n, @code, 'x', 'redeemed', '2030-01-01', @at); SELECT LAST_INSERT_ID();
            """, new { perk, member, n, code = $"STM{n:D13}", at });
        await db.ExecuteAsync("INSERT INTO redemption (voucher_id, merchant_id, face_value_fen, redeemed_at, voided_at) VALUES (@voucher, @merchant, @fen, @at, @voided)",
            new { voucher, merchant, fen, at, voided = voided ? at.AddMinutes(5) : (DateTime?)null });
    }

    private static JsonElement Of(JsonElement month, long merchant) =>
        month.GetProperty("merchants").EnumerateArray().Single(m => m.GetProperty("merchantId").GetString() == merchant.ToString());

    [Test]
    public async Task A_month_is_closed_once_with_frozen_figures_and_marked_paid_once()
    {
        await using var db = await DbAsync();
        var m1 = await MerchantAsync(db, "惠民超市");
        var m2 = await MerchantAsync(db, "光明影院");
        var member = await db.ExecuteScalarAsync<long>("INSERT INTO member (created_at) VALUES (NOW(6)); SELECT LAST_INSERT_ID();");
        var perk = await db.ExecuteScalarAsync<long>("""
            INSERT INTO perk (kind, title, stock, per_member_limit, starts_at, ends_at, created_at, updated_at)
            VALUES ('voucher', '券', 100, 100, '2025-01-01', '2027-01-01', NOW(6), NOW(6)); SELECT LAST_INSERT_ID();
            """);
        await RedemptionAsync(db, m1, perk, member, C(2025, 10, 5), 500);
        await RedemptionAsync(db, m1, perk, member, C(2025, 10, 31, 23, 50), 300);       // the month's last minutes, China time
        await RedemptionAsync(db, m1, perk, member, C(2025, 10, 10), 700, voided: true);  // voided: not owed
        await RedemptionAsync(db, m1, perk, member, C(2025, 11, 1, 0, 10), 400);          // November, China time
        await RedemptionAsync(db, m2, perk, member, C(2025, 10, 20), 1000);
        using var admin = await AdminAsync();

        var october = await JsonAsync(await admin.GetAsync("/api/v1/admin/settlements?month=2025-10"), 200);
        Assert.That(october.GetProperty("month").GetString(), Is.EqualTo("2025-10"));
        Assert.That(october.GetProperty("closable").GetBoolean(), Is.True);
        Assert.That(october.GetProperty("redeemedCount").GetInt32(), Is.EqualTo(3));
        Assert.That(october.GetProperty("totalFen").GetInt64(), Is.EqualTo(1800));
        Assert.That(Of(october, m1).GetProperty("redeemedCount").GetInt32(), Is.EqualTo(2));
        Assert.That(Of(october, m1).GetProperty("totalFen").GetInt64(), Is.EqualTo(800));
        Assert.That(Of(october, m1).GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(Of(october, m2).GetProperty("totalFen").GetInt64(), Is.EqualTo(1000));

        // five parallel clicks on close: one closes, the others are told it is closed
        var closes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => admin.PostAsync($"/api/v1/admin/settlements/{m1}/2025-10/close", null)));
        Assert.That(closes.Count(r => (int)r.StatusCode == 200), Is.EqualTo(1));
        foreach (var refused in closes.Where(r => (int)r.StatusCode != 200))
        {
            await Problem.ExpectAsync(refused, 409, "statement.already_closed");
        }

        var rows = (await db.QueryAsync<(int Count, long Total, string Status)>(
            "SELECT redeemed_count, total_fen, status FROM merchant_statement WHERE merchant_id = @m1", new { m1 })).ToList();
        Assert.That(rows, Is.EqualTo(new[] { (2, 800L, "closed") }));

        // figures are frozen: a redemption recorded for October afterwards does not change the closed statement
        await RedemptionAsync(db, m1, perk, member, C(2025, 10, 15), 900);
        october = await JsonAsync(await admin.GetAsync("/api/v1/admin/settlements?month=2025-10"), 200);
        Assert.That(Of(october, m1).GetProperty("totalFen").GetInt64(), Is.EqualTo(800));
        Assert.That(Of(october, m1).GetProperty("status").GetString(), Is.EqualTo("closed"));
        Assert.That(Of(october, m1).GetProperty("closedBy").GetString(), Is.EqualTo("admin"));
        Assert.That(october.GetProperty("closedFen").GetInt64(), Is.EqualTo(800));

        // paid: a reference is required; only a closed statement; once
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/settlements/{m1}/2025-10/paid", new { reference = " " }), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/settlements/{m2}/2025-10/paid", new { reference = "BANK-1" }), 409, "statement.not_closed");
        var paid = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            admin.PostAsJsonAsync($"/api/v1/admin/settlements/{m1}/2025-10/paid", new { reference = $"BANK-20251105-{i}" })));
        Assert.That(paid.Count(r => (int)r.StatusCode == 200), Is.EqualTo(1));
        foreach (var refused in paid.Where(r => (int)r.StatusCode != 200))
        {
            await Problem.ExpectAsync(refused, 409, "statement.already_paid");
        }

        var statement = await db.QuerySingleAsync<(string Status, string Reference)>(
            "SELECT status, paid_reference FROM merchant_statement WHERE merchant_id = @m1", new { m1 });
        Assert.That(statement.Status, Is.EqualTo("paid"));
        Assert.That(statement.Reference, Does.StartWith("BANK-20251105-"));
        october = await JsonAsync(await admin.GetAsync("/api/v1/admin/settlements?month=2025-10"), 200);
        Assert.That(Of(october, m1).GetProperty("paidReference").GetString(), Is.EqualTo(statement.Reference));
        Assert.That(october.GetProperty("paidFen").GetInt64(), Is.EqualTo(800));

        var audit = await db.QueryAsync<string>("SELECT action FROM audit_log WHERE entity = 'merchant' AND entity_id = @id ORDER BY id",
            new { id = m1.ToString() });
        Assert.That(audit, Is.EqualTo(new[] { "merchant_statement.close", "merchant_statement.paid" }));

        // November has M1's 00:10 redemption; the current month cannot be closed yet
        var november = await JsonAsync(await admin.GetAsync("/api/v1/admin/settlements?month=2025-11"), 200);
        Assert.That(Of(november, m1).GetProperty("totalFen").GetInt64(), Is.EqualTo(400));
        var thisMonth = Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM");
        var current = await JsonAsync(await admin.GetAsync($"/api/v1/admin/settlements?month={thisMonth}"), 200);
        Assert.That(current.GetProperty("closable").GetBoolean(), Is.False);
        await Problem.ExpectAsync(await admin.PostAsync($"/api/v1/admin/settlements/{m1}/{thisMonth}/close", null), 409, "statement.month_not_ended");
    }

    [Test]
    public async Task Bad_months_unknown_merchants_and_other_roles_are_refused()
    {
        await using var db = await DbAsync();
        var m1 = await MerchantAsync(db, "惠民超市");
        using var admin = await AdminAsync();
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/settlements?month=2025-13"), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.PostAsync("/api/v1/admin/settlements/999999/2025-10/close", null), 404, "not_found");
        await Problem.ExpectAsync(await admin.PostAsync($"/api/v1/admin/settlements/{m1}/2025/close", null), 422, "validation.failed");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM merchant_statement"), Is.EqualTo(0));

        var org = await Seed.OrgAsync();
        using var orgAdmin = await NewStaffAsync("org_admin", org.ToString());
        Assert.That((int)(await orgAdmin.GetAsync("/api/v1/admin/settlements")).StatusCode, Is.EqualTo(403));
        Assert.That((int)(await orgAdmin.PostAsync($"/api/v1/admin/settlements/{m1}/2025-10/close", null)).StatusCode, Is.EqualTo(403));
    }
}
