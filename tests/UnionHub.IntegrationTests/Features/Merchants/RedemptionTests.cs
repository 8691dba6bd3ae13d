using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Perks;

namespace UnionHub.IntegrationTests.Features.Merchants;

public sealed class RedemptionTests : ApiTest
{
    internal sealed record Voucher(long Id, string Code, string QrPayload);

    /// <summary>A voucher perk accepted at the given merchants, and one voucher of it for a verified member.</summary>
    internal static async Task<Voucher> SeedVoucherAsync(long faceValueFen, IEnumerable<string> merchantIds, TimeSpan? validFor = null)
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org, "王小明");
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        var signer = Api.Services.GetRequiredService<VoucherSigner>();
        var code = VoucherSigner.NewCode();
        await using var db = await DbAsync();
        var perkId = await db.ExecuteScalarAsync<long>("""
            INSERT INTO perk (kind, title, description, stock, claimed, per_member_limit, starts_at, ends_at, face_value_fen,
                              valid_until, created_at, updated_at)
            VALUES ('voucher', '夏日消费券', '', 100, 1, 1, @start, @end, @faceValueFen, @validUntil, @now, @now);
            SELECT LAST_INSERT_ID();
            """, new { start = now.AddDays(-1), end = now.AddDays(1), faceValueFen, validUntil = now + (validFor ?? TimeSpan.FromDays(30)), now });
        foreach (var m in merchantIds)
        {
            await db.ExecuteAsync("INSERT INTO perk_merchant (perk_id, merchant_id) VALUES (@perkId, @m)", new { perkId, m = long.Parse(m) });
        }

        var qr = signer.Sign(code);
        var id = await db.ExecuteScalarAsync<long>("""
            INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
            VALUES (@perkId, @member, 1, @code, @qr, 'unused', @validUntil, @now);
            SELECT LAST_INSERT_ID();
            """, new { perkId, member, code, qr, validUntil = now + (validFor ?? TimeSpan.FromDays(30)), now });
        return new Voucher(id, code, qr);
    }

    /// <summary>A merchant and a client that calls as it with a fresh API key.</summary>
    internal static async Task<(string Merchant, HttpClient Client)> MerchantAsync(HttpClient admin, string name)
    {
        var id = await MerchantAdminTests.CreateMerchantAsync(admin, name);
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, id);
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return (id, client);
    }

    [Test]
    public async Task Forty_parallel_redemptions_of_one_code_from_two_merchants_redeem_it_exactly_once()
    {
        using var admin = await AdminAsync();
        var (a, clientA) = await MerchantAsync(admin, "甲超市");
        var (b, clientB) = await MerchantAsync(admin, "乙超市");
        var voucher = await SeedVoucherAsync(5000, [a, b]);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            (i % 2 == 0 ? clientA : clientB).PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voucher.Code })));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        var losers = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.That(losers, Has.Count.EqualTo(39));
        foreach (var loser in losers)
        {
            var problem = await Problem.ExpectAsync(loser, 409, "voucher.already_redeemed");
            Assert.That(problem.Raw.GetProperty("redeemedAt").GetString(), Is.Not.Empty);
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM redemption WHERE voucher_id=@Id", voucher), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM voucher WHERE id=@Id", voucher), Is.EqualTo("redeemed"));
        clientA.Dispose();
        clientB.Dispose();
    }

    [Test]
    public async Task Redeeming_by_signed_qr_payload_works_and_a_forged_one_is_422()
    {
        using var admin = await AdminAsync();
        var (m, client) = await MerchantAsync(admin, "影城");
        var voucher = await SeedVoucherAsync(3500, [m]);

        var forgedCode = await client.PostAsJsonAsync("/api/v1/merchant/redemptions",
            new { qrPayload = voucher.QrPayload.Replace(voucher.Code, VoucherSigner.NewCode(), StringComparison.Ordinal) });
        await Problem.ExpectAsync(forgedCode, 422, "voucher.bad_signature");
        var sig = voucher.QrPayload[^5..];
        var forgedSig = await client.PostAsJsonAsync("/api/v1/merchant/redemptions",
            new { qrPayload = voucher.QrPayload[..^5] + (sig[0] == 'A' ? 'B' : 'A') + sig[1..] });
        await Problem.ExpectAsync(forgedSig, 422, "voucher.bad_signature");
        await Problem.ExpectAsync(await client.PostAsJsonAsync("/api/v1/merchant/redemptions", new { qrPayload = "garbage" }),
            422, "voucher.bad_signature");

        var ok = await client.PostAsJsonAsync("/api/v1/merchant/redemptions", new { qrPayload = voucher.QrPayload });
        Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.Created), await ok.Content.ReadAsStringAsync());
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("faceValueFen").GetInt64(), Is.EqualTo(3500));
        Assert.That(body.GetProperty("voucherId").GetString(), Is.EqualTo(voucher.Id.ToString()));
        client.Dispose();
    }

    [Test]
    public async Task An_idempotent_replay_returns_the_same_redemption()
    {
        using var admin = await AdminAsync();
        var (m, client) = await MerchantAsync(admin, "洗衣店");
        var voucher = await SeedVoucherAsync(2000, [m]);

        Task<HttpResponseMessage> Send(object body) => PostKeyedAsync(client, "/api/v1/merchant/redemptions", body, "till-7-receipt-0042");

        var first = await Send(new { code = voucher.Code });
        var again = await Send(new { code = voucher.Code });
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the replay is the first answer, not already_redeemed");
        Assert.That(await again.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));

        var other = await Send(new { code = "SOMETHINGELSE123" });
        await Problem.ExpectAsync(other, 422, "idempotency.key_reused");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM redemption"), Is.EqualTo(1));
        client.Dispose();
    }

    [Test]
    public async Task Wrong_merchant_is_403_unknown_code_404_and_expired_409()
    {
        using var admin = await AdminAsync();
        var (a, clientA) = await MerchantAsync(admin, "指定商户");
        var (_, clientB) = await MerchantAsync(admin, "别家商户");
        var voucher = await SeedVoucherAsync(1000, [a]);

        await Problem.ExpectAsync(await clientB.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voucher.Code }), 403, "voucher.wrong_merchant");
        await Problem.ExpectAsync(await clientB.PostAsJsonAsync("/api/v1/merchant/redemptions/preview", new { code = voucher.Code }), 403, "voucher.wrong_merchant");
        await Problem.ExpectAsync(await clientA.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = "ZZZZZZZZZZZZZZZZ" }), 404, "voucher.not_found");
        await Problem.ExpectAsync(await clientA.PostAsJsonAsync("/api/v1/merchant/redemptions", new { }), 422, "validation.failed");

        var shortLived = await SeedVoucherAsync(1000, [a], validFor: TimeSpan.FromHours(1));
        Api.Clock.Advance(TimeSpan.FromHours(2));
        var expired = await Problem.ExpectAsync(
            await clientA.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = shortLived.Code }), 409, "voucher.expired");
        Assert.That(expired.Raw.TryGetProperty("validUntil", out _), Is.True);

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM redemption"), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher WHERE status <> 'unused'"), Is.Zero);
        clientA.Dispose();
        clientB.Dispose();
    }

    [Test]
    public async Task Preview_shows_the_voucher_with_the_member_name_masked()
    {
        using var admin = await AdminAsync();
        var (m, client) = await MerchantAsync(admin, "面包店");
        var voucher = await SeedVoucherAsync(1500, [m]);
        var preview = await client.PostAsJsonAsync("/api/v1/merchant/redemptions/preview", new { code = voucher.Code.ToLowerInvariant() });
        var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        Assert.That(body.GetProperty("memberNameMasked").GetString(), Is.EqualTo("王*明"));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("unused"));
        Assert.That(body.GetProperty("perkTitle").GetString(), Is.EqualTo("夏日消费券"));
        Assert.That(body.ToString(), Does.Not.Contain("王小明"));
        client.Dispose();
    }

    [Test]
    public async Task Void_makes_the_voucher_unused_again_once_and_both_records_stay()
    {
        using var admin = await AdminAsync();
        var (m, client) = await MerchantAsync(admin, "便利店");
        var (_, other) = await MerchantAsync(admin, "隔壁店");
        var voucher = await SeedVoucherAsync(800, [m]);

        var first = await (await client.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voucher.Code })).Content.ReadFromJsonAsync<JsonElement>();
        var redemptionId = first.GetProperty("redemptionId").GetString();

        await Problem.ExpectAsync(await other.PostAsJsonAsync($"/api/v1/merchant/redemptions/{redemptionId}/void", new { reason = "误操作" }),
            404, "redemption.not_found");
        await Problem.ExpectAsync(await client.PostAsJsonAsync($"/api/v1/merchant/redemptions/{redemptionId}/void", new { reason = "" }),
            422, "validation.failed");

        var voided = await client.PostAsJsonAsync($"/api/v1/merchant/redemptions/{redemptionId}/void", new { reason = "顾客退货" });
        Assert.That(voided.StatusCode, Is.EqualTo(HttpStatusCode.OK), await voided.Content.ReadAsStringAsync());
        await Problem.ExpectAsync(await client.PostAsJsonAsync($"/api/v1/merchant/redemptions/{redemptionId}/void", new { reason = "again" }),
            409, "redemption.already_void");

        var again = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            client.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voucher.Code })));
        Assert.That(again.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1), "redeemable again, once");

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(DateTime? VoidedAt, string? Reason)>(
            "SELECT voided_at, void_reason FROM redemption WHERE voucher_id=@Id ORDER BY id", voucher)).ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0].VoidedAt, Is.Not.Null);
        Assert.That(rows[0].Reason, Is.EqualTo("顾客退货"));
        Assert.That(rows[1].VoidedAt, Is.Null);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action='redemption.void' AND actor_kind='merchant_key'"), Is.EqualTo(1));
        client.Dispose();
        other.Dispose();
    }

    [Test]
    public async Task Void_after_thirty_minutes_is_refused()
    {
        using var admin = await AdminAsync();
        var (m, client) = await MerchantAsync(admin, "药店");
        var voucher = await SeedVoucherAsync(800, [m]);
        var first = await (await client.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voucher.Code })).Content.ReadFromJsonAsync<JsonElement>();
        Api.Clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        var late = await client.PostAsJsonAsync($"/api/v1/merchant/redemptions/{first.GetProperty("redemptionId").GetString()}/void", new { reason = "迟了" });
        await Problem.ExpectAsync(late, 409, "redemption.void_window_passed");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM voucher WHERE id=@Id", voucher), Is.EqualTo("redeemed"));
        client.Dispose();
    }

    [Test]
    public async Task Settlement_totals_equal_the_face_values_of_unvoided_redemptions()
    {
        using var admin = await AdminAsync();
        var (m, client) = await MerchantAsync(admin, "结算商户");
        var (o, other) = await MerchantAsync(admin, "其他商户");
        var values = new long[] { 1000, 2550, 5000, 725 };
        var ids = new List<string>();
        foreach (var v in values)
        {
            var voucher = await SeedVoucherAsync(v, [m, o]);
            var r = await (await client.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voucher.Code })).Content.ReadFromJsonAsync<JsonElement>();
            ids.Add(r.GetProperty("redemptionId").GetString()!);
        }

        var elsewhere = await SeedVoucherAsync(99999, [m, o]);
        Assert.That((await other.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = elsewhere.Code })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await client.PostAsJsonAsync($"/api/v1/merchant/redemptions/{ids[1]}/void", new { reason = "退" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var today = Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");
        var statement = await client.GetFromJsonAsync<JsonElement>($"/api/v1/merchant/settlements?from={today}&to={today}");
        await using var db = await DbAsync();
        var expected = await db.ExecuteScalarAsync<long>(
            "SELECT SUM(face_value_fen) FROM redemption WHERE merchant_id=@m AND voided_at IS NULL", new { m = long.Parse(m) });
        Assert.That(expected, Is.EqualTo(1000 + 5000 + 725));
        Assert.That(statement.GetProperty("totalFen").GetInt64(), Is.EqualTo(expected));
        Assert.That(statement.GetProperty("count").GetInt32(), Is.EqualTo(3));
        Assert.That(statement.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("faceValueFen").GetInt64()), Is.EqualTo(expected));

        var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/merchant/settlements?from={today}&to={today}");
        csvRequest.Headers.Add("Accept", "text/csv");
        var csv = await client.SendAsync(csvRequest);
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.That(bytes[..3], Is.EqualTo(Encoding.UTF8.GetPreamble()), "BOM so that Excel reads UTF-8");
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.That(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1 + 3 + 1), "header, 3 rows, total");
        Assert.That(text, Does.Contain("67.25"));

        await Problem.ExpectAsync(await client.GetAsync("/api/v1/merchant/settlements?from=2026-13-01"), 422, "validation.failed");
        client.Dispose();
        other.Dispose();
    }

    [Test]
    public async Task The_member_sees_where_and_when_the_voucher_was_redeemed_and_not_after_a_void()
    {
        using var admin = await AdminAsync();
        var (m, client) = await MerchantAsync(admin, "幸福超市");
        var voucher = await SeedVoucherAsync(1200, [m]);
        await using var db = await DbAsync();
        var memberId = await db.ExecuteScalarAsync<long>("SELECT member_id FROM voucher WHERE id=@Id", voucher);
        using var member = WithToken(MemberToken(memberId));

        var before = await member.GetFromJsonAsync<JsonElement>($"/api/v1/me/vouchers/{voucher.Id}");
        Assert.That(before.GetProperty("redemption").ValueKind, Is.EqualTo(JsonValueKind.Null));

        var redeemed = await (await client.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voucher.Code })).Content.ReadFromJsonAsync<JsonElement>();
        var after = await member.GetFromJsonAsync<JsonElement>($"/api/v1/me/vouchers/{voucher.Id}");
        Assert.That(after.GetProperty("status").GetString(), Is.EqualTo("redeemed"));
        Assert.That(after.GetProperty("redemption").GetProperty("merchantName").GetString(), Is.EqualTo("幸福超市"));
        Assert.That(after.GetProperty("redemption").GetProperty("redemptionId").GetString(), Is.EqualTo(redeemed.GetProperty("redemptionId").GetString()));

        await client.PostAsJsonAsync($"/api/v1/merchant/redemptions/{redeemed.GetProperty("redemptionId").GetString()}/void", new { reason = "退货" });
        var voided = await member.GetFromJsonAsync<JsonElement>($"/api/v1/me/vouchers/{voucher.Id}");
        Assert.That(voided.GetProperty("status").GetString(), Is.EqualTo("unused"));
        Assert.That(voided.GetProperty("redemption").ValueKind, Is.EqualTo(JsonValueKind.Null));
        client.Dispose();
    }
}
