using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.MemberCard;
using UnionHub.Api.Features.Perks;
using UnionHub.IntegrationTests.Features.Merchants;

namespace UnionHub.IntegrationTests.Features.MemberCard;

public sealed class MemberCardTests : ApiTest
{
    private const string MerchantVerify = "/api/v1/merchant/card/verify";
    private const string DeskVerify = "/api/v1/admin/card/verify";

    private sealed record CheckRow(long? MemberId, string Result, string CheckerKind, long? MerchantId, long? ApiKeyId, long? StaffId);

    private static async Task<List<CheckRow>> ChecksAsync()
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<CheckRow>("""
            SELECT member_id AS MemberId, result, checker_kind AS CheckerKind, merchant_id AS MerchantId, api_key_id AS ApiKeyId, staff_id AS StaffId
            FROM card_check ORDER BY id
            """)).ToList();
    }

    private static async Task<JsonElement> CardAsync(long memberId)
    {
        using var member = WithToken(MemberToken(memberId));
        return await JsonAsync(await member.GetAsync("/api/v1/me/card"), 200);
    }

    [Test]
    public async Task A_card_qr_verifies_in_its_minute_and_the_next_and_is_expired_after_and_every_check_is_logged()
    {
        var org = await Seed.OrgAsync("市总工会");
        var memberId = await Seed.VerifiedMemberAsync(org, "王小明");
        using var admin = await AdminAsync();
        var (merchant, till) = await RedemptionTests.MerchantAsync(admin, "甲超市");

        // the card is good in its minute and the next: start at the beginning of a minute, so that the clock moves below decide which
        // minute each check falls in (when real time crossed a minute between taking the card and the first move, "the next minute"
        // was the one after it, and the card had expired)
        var now = Api.Clock.GetUtcNow().UtcTicks;
        Api.Clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerMinute - now % TimeSpan.TicksPerMinute) + TimeSpan.FromMilliseconds(50));
        var card = await CardAsync(memberId);
        Assert.That(card.GetProperty("membershipState").GetString(), Is.EqualTo("active"));
        Assert.That(card.GetProperty("verified").GetBoolean(), Is.True);
        Assert.That(card.GetProperty("nameMasked").GetString(), Is.EqualTo("王*明"));
        Assert.That(card.GetProperty("orgName").GetString(), Is.EqualTo("市总工会"));
        var cardNo = card.GetProperty("cardNo").GetString()!;
        Assert.That(cardNo, Does.StartWith("T"));
        var payload = card.GetProperty("qrPayload").GetString()!;
        Assert.That(payload, Does.StartWith(MemberCardRules.Prefix));
        var issued = card.GetProperty("issuedAt").GetDateTimeOffset();
        Assert.That(card.GetProperty("refreshAt").GetDateTimeOffset() - issued, Is.EqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(card.GetProperty("expiresAt").GetDateTimeOffset() - issued, Is.EqualTo(TimeSpan.FromMinutes(2)));
        Assert.That(issued, Is.LessThanOrEqualTo(Api.Clock.GetUtcNow()));

        var ok = await JsonAsync(await till.PostAsJsonAsync(MerchantVerify, new { payload }), 200);
        Assert.That(ok.GetProperty("active").GetBoolean(), Is.True);
        Assert.That(ok.GetProperty("nameMasked").GetString(), Is.EqualTo("王*明"));
        Assert.That(ok.GetProperty("cardNo").GetString(), Is.EqualTo(cardNo));
        Assert.That(ok.GetProperty("orgName").GetString(), Is.EqualTo("市总工会"));
        Assert.That(ok.GetProperty("issuedAt").GetDateTimeOffset(), Is.EqualTo(issued));
        Assert.That(ok.TryGetProperty("memberId", out _), Is.False, "a merchant learns no internal member id");

        // the next minute (the phone refreshes at the minute; a scan may land just after): still good
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        await JsonAsync(await till.PostAsJsonAsync(MerchantVerify, new { payload }), 200);

        // a screenshot shown two minutes on: expired
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var expired = await Problem.ExpectAsync(await till.PostAsJsonAsync(MerchantVerify, new { payload }), 409, "card.expired");
        Assert.That(expired.Raw.TryGetProperty("nameMasked", out _), Is.False);

        // the live card of this minute verifies again
        var fresh = (await CardAsync(memberId)).GetProperty("qrPayload").GetString()!;
        Assert.That(fresh, Is.Not.EqualTo(payload), "the payload rotates every minute");
        await JsonAsync(await till.PostAsJsonAsync(MerchantVerify, new { payload = fresh }), 200);

        var checks = await ChecksAsync();
        Assert.That(checks.Select(c => c.Result), Is.EqualTo(new[] { "ok", "ok", "expired", "ok" }));
        Assert.That(checks.All(c => c.MemberId == memberId && c.CheckerKind == "merchant_key" && c.MerchantId == long.Parse(merchant)
            && c.ApiKeyId is not null && c.StaffId is null), Is.True);
        till.Dispose();
    }

    [Test]
    public async Task A_tampered_or_foreign_payload_is_card_invalid_and_a_card_never_passes_as_a_voucher_nor_a_voucher_as_a_card()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org, "李四");
        var other = await Seed.VerifiedMemberAsync(org, "赵六");
        using var admin = await AdminAsync();
        var (merchant, till) = await RedemptionTests.MerchantAsync(admin, "乙超市");
        var payload = (await CardAsync(memberId)).GetProperty("qrPayload").GetString()!;
        var parts = payload.Split('.');

        var otherMember = $"{parts[0]}.{other}.{parts[2]}.{parts[3]}"; // someone else's id under this signature
        var laterMinute = $"{parts[0]}.{parts[1]}.{long.Parse(parts[2]) + 1}.{parts[3]}";
        var badSignature = payload[..^4] + (payload.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var signer = Api.Services.GetRequiredService<VoucherSigner>();
        var voucherQr = signer.Sign(VoucherSigner.NewCode());
        foreach (var forged in new[] { otherMember, laterMinute, badSignature, voucherQr, "UC1.1.2.3", "not a card" })
        {
            var problem = await Problem.ExpectAsync(await till.PostAsJsonAsync(MerchantVerify, new { payload = forged }), 422, "card.invalid");
            Assert.That(problem.Raw.TryGetProperty("cardNo", out _), Is.False);
        }

        // the card's signature does not make a voucher (the prefixes differ)
        Assert.That(signer.Verify(payload), Is.Null);
        await Problem.ExpectAsync(await till.PostAsJsonAsync("/api/v1/merchant/redemptions/preview", new { qrPayload = payload }), 422,
            "voucher.bad_signature");

        // an empty body is a bad request, not a check
        await Problem.ExpectAsync(await till.PostAsJsonAsync(MerchantVerify, new { payload = "" }), 422, "validation.failed");

        var checks = await ChecksAsync();
        Assert.That(checks, Has.Count.EqualTo(6));
        Assert.That(checks.All(c => c.Result == "invalid" && c.MemberId is null && c.MerchantId == long.Parse(merchant)), Is.True);
        till.Dispose();
    }

    [Test]
    public async Task The_card_of_a_member_who_left_or_deleted_the_account_is_inactive_and_names_nobody()
    {
        var org = await Seed.OrgAsync();
        var leaving = await Seed.VerifiedMemberAsync(org, "钱七");
        var deleting = await Seed.VerifiedMemberAsync(org, "孙八");
        using var desk = await NewStaffAsync("org_admin", org.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var leavingCard = (await CardAsync(leaving)).GetProperty("qrPayload").GetString()!;
        var deletingCard = (await CardAsync(deleting)).GetProperty("qrPayload").GetString()!;
        await JsonAsync(await desk.PostAsJsonAsync(DeskVerify, new { payload = leavingCard }), 200);

        using (var member = WithToken(MemberToken(leaving)))
        {
            await JsonAsync(await member.PostAsJsonAsync("/api/v1/membership/leave", new { reason = "换工作" }), 200);
            var after = await JsonAsync(await member.GetAsync("/api/v1/me/card"), 200);
            Assert.That(after.GetProperty("membershipState").GetString(), Is.EqualTo("left"));
            Assert.That(after.GetProperty("qrPayload").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(after.GetProperty("cardNo").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }

        using (var member = WithToken(MemberToken(deleting)))
        {
            using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me") { Content = JsonContent.Create(new { confirm = "DELETE" }) };
            var deleted = await member.SendAsync(delete);
            Assert.That((int)deleted.StatusCode, Is.InRange(200, 204), await deleted.Content.ReadAsStringAsync());
        }

        // the payloads are genuine and in their minute, yet nobody is a member behind them
        foreach (var payload in new[] { leavingCard, deletingCard })
        {
            var problem = await Problem.ExpectAsync(await desk.PostAsJsonAsync(DeskVerify, new { payload }), 409, "card.inactive");
            Assert.That(problem.Raw.TryGetProperty("nameMasked", out _), Is.False);
        }

        var checks = await ChecksAsync();
        Assert.That(checks.Select(c => (c.MemberId, c.Result)), Is.EqualTo(new[] { ((long?)leaving, "ok"), (leaving, "inactive"), (deleting, "inactive") }));
        Assert.That(checks.All(c => c.CheckerKind == "staff" && c.StaffId is not null && c.MerchantId is null), Is.True);

        // a never-member's account has no card either
        var newcomer = await Seed.UnverifiedMemberAsync();
        Assert.That((await CardAsync(newcomer)).GetProperty("membershipState").GetString(), Is.EqualTo("none"));
    }

    [Test]
    public async Task Thirty_parallel_checks_of_one_card_from_two_tills_all_answer_and_write_thirty_log_rows()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org, "周九");
        using var admin = await AdminAsync();
        var (a, tillA) = await RedemptionTests.MerchantAsync(admin, "甲店");
        var (b, tillB) = await RedemptionTests.MerchantAsync(admin, "乙店");
        var payload = (await CardAsync(memberId)).GetProperty("qrPayload").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            (i % 2 == 0 ? tillA : tillB).PostAsJsonAsync(MerchantVerify, new { payload })));

        Assert.That(responses.Select(r => (int)r.StatusCode), Is.All.EqualTo(200));
        var checks = await ChecksAsync();
        Assert.That(checks, Has.Count.EqualTo(30));
        Assert.That(checks.Count(c => c.MerchantId == long.Parse(a)), Is.EqualTo(15));
        Assert.That(checks.Count(c => c.MerchantId == long.Parse(b)), Is.EqualTo(15));
        Assert.That(checks.All(c => c.Result == "ok" && c.MemberId == memberId), Is.True);
        tillA.Dispose();
        tillB.Dispose();
    }

    [Test]
    public async Task Card_checks_are_rate_limited_per_caller_and_a_refused_call_is_no_check()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        using var admin = await AdminAsync();
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin, "限流书店");
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant, "till-1");
        var (_, otherKey) = await MerchantAdminTests.CreateKeyAsync(admin, merchant, "till-2");

        // an instance with a limit of 3 a minute, its clock just after a minute boundary (the calls below stay in one window); the
        // card comes from that instance at that time, so it is valid there (a card taken from the shared host before the instance
        // started was expired whenever real time crossed a minute while the instance started, and the test failed now and then)
        await using var host = new ApiFactory(new Dictionary<string, string?> { ["RateLimits:CardChecksPerMinute"] = "3" });
        _ = host.Server;
        var now = host.Clock.GetUtcNow().UtcTicks;
        host.Clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerMinute - now % TimeSpan.TicksPerMinute) + TimeSpan.FromMilliseconds(50));
        using var member = host.CreateClient();
        member.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", MemberToken(memberId));
        var payload = (await JsonAsync(await member.GetAsync("/api/v1/me/card"), 200)).GetProperty("qrPayload").GetString()!;
        HttpClient Till(string apiKey)
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            return client;
        }

        using var till = Till(key);
        for (var i = 0; i < 3; i++)
        {
            await JsonAsync(await till.PostAsJsonAsync(MerchantVerify, new { payload }), 200);
        }

        var refused = await till.PostAsJsonAsync(MerchantVerify, new { payload });
        await Problem.ExpectAsync(refused, 429, "rate_limited");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero));

        // another key has its own allowance
        using var other = Till(otherKey);
        await JsonAsync(await other.PostAsJsonAsync(MerchantVerify, new { payload }), 200);
        Assert.That(await ChecksAsync(), Has.Count.EqualTo(4), "the refused call checked nothing and logged nothing");
    }

    [Test]
    public async Task Checking_a_card_needs_a_merchant_or_a_desk_and_a_member_cannot_check_one()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        var payload = (await CardAsync(memberId)).GetProperty("qrPayload").GetString()!;
        using var anonymous = Anonymous();
        Assert.That((int)(await anonymous.PostAsJsonAsync(MerchantVerify, new { payload })).StatusCode, Is.EqualTo(401));
        Assert.That((int)(await anonymous.PostAsJsonAsync(DeskVerify, new { payload })).StatusCode, Is.EqualTo(401));
        using var member = WithToken(MemberToken(memberId));
        Assert.That((int)(await member.PostAsJsonAsync(MerchantVerify, new { payload })).StatusCode, Is.EqualTo(403));
        Assert.That((int)(await member.PostAsJsonAsync(DeskVerify, new { payload })).StatusCode, Is.EqualTo(403));
        Assert.That(await ChecksAsync(), Is.Empty);
    }
}
