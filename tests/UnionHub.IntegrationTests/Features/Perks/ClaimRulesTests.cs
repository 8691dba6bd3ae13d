using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.Api.Features.Perks;

namespace UnionHub.IntegrationTests.Features.Perks;

public sealed class ClaimRulesTests : PerkTest
{
    [Test]
    public async Task Eligibility_follows_the_org_subtree()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var factory = await Seed.OrgAsync("工厂工会", district);
        var other = await Seed.OrgAsync("外市总工会");
        var inside = await Seed.VerifiedMemberAsync(factory);
        var outside = await Seed.VerifiedMemberAsync(other);
        var perkId = await CreatePerkAsync(stock: 10, orgIds: [district]);
        var openPerk = await CreatePerkAsync(stock: 10);

        await Problem.ExpectAsync(await ClaimAsync(perkId, outside), 403, "perk.not_eligible");
        Assert.That((int)(await ClaimAsync(perkId, inside)).StatusCode, Is.EqualTo(201));
        Assert.That((int)(await ClaimAsync(openPerk, outside)).StatusCode, Is.EqualTo(201));

        using var outsider = WithToken(Token(outside));
        await Problem.ExpectAsync(await outsider.GetAsync($"/api/v1/perks/{perkId}"), 404, "not_found");
        var outsiderList = await outsider.GetFromJsonAsync<JsonElement>("/api/v1/perks");
        Assert.That(outsiderList.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()), Is.EqualTo(new[] { openPerk }));

        using var insider = WithToken(Token(inside));
        var list = await insider.GetFromJsonAsync<JsonElement>("/api/v1/perks");
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(p => p.GetProperty("id").GetString()), Is.EquivalentTo(new[] { perkId, openPerk }));
        var mine = items.Single(p => p.GetProperty("id").GetString() == perkId);
        Assert.That(mine.GetProperty("claimedByMe").GetInt32(), Is.EqualTo(1));
        Assert.That(mine.GetProperty("remaining").GetInt32(), Is.EqualTo(9));
        Assert.That(mine.GetProperty("perMemberLimit").GetInt32(), Is.EqualTo(1));
        Assert.That(mine.GetProperty("kind").GetString(), Is.EqualTo("voucher"));
        Assert.That(mine.GetProperty("startsAt").GetString(), Does.EndWith("+08:00"));
    }

    [Test]
    public async Task Claims_are_refused_before_the_start_and_after_the_end()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 10, perMemberLimit: 5, startsAt: Now.AddHours(1), endsAt: Now.AddHours(3));

        await Problem.ExpectAsync(await ClaimAsync(perkId, member), 409, "perk.not_started");
        using (var client = WithToken(Token(member)))
        {
            var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/perks");
            Assert.That(list.GetProperty("items").GetArrayLength(), Is.EqualTo(1), "upcoming perks are listed");
        }

        Api.Clock.Advance(TimeSpan.FromHours(2));
        Assert.That((int)(await ClaimAsync(perkId, member)).StatusCode, Is.EqualTo(201));

        Api.Clock.Advance(TimeSpan.FromHours(2));
        await Problem.ExpectAsync(await ClaimAsync(perkId, member), 409, "perk.ended");
        using (var client = WithToken(Token(member)))
        {
            var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/perks");
            Assert.That(list.GetProperty("items").GetArrayLength(), Is.Zero, "ended perks are not listed");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.EqualTo(1));
    }

    [Test]
    public async Task The_list_shows_the_callers_claims_at_once_and_the_stock_within_a_second()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 10, perMemberLimit: 3);
        using var client = WithToken(Token(member));
        async Task<(int Remaining, int Mine)> ListAsync()
        {
            var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/perks");
            var perk = list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetString() == perkId);
            return (perk.GetProperty("remaining").GetInt32(), perk.GetProperty("claimedByMe").GetInt32());
        }

        Assert.That(await ListAsync(), Is.EqualTo((10, 0)));
        Assert.That((int)(await ClaimAsync(perkId, member)).StatusCode, Is.EqualTo(201));
        Assert.That((await ListAsync()).Mine, Is.EqualTo(1), "a claim drops the member's cached view");
        Api.Clock.Advance(PerkCatalog.CatalogTtl + TimeSpan.FromMilliseconds(1));
        Assert.That(await ListAsync(), Is.EqualTo((9, 1)));

        using var admin = await AdminAsync();
        Assert.That((int)(await admin.PatchAsJsonAsync($"/api/v1/admin/perks/{perkId}", new { stock = 20 })).StatusCode, Is.EqualTo(200));
        Assert.That((await ListAsync()).Remaining, Is.EqualTo(19), "staff changes drop the catalogue at once");
    }

    [Test]
    public async Task Unverified_members_cannot_claim()
    {
        var member = await Seed.UnverifiedMemberAsync();
        var perkId = await CreatePerkAsync(stock: 10);

        await Problem.ExpectAsync(await ClaimAsync(perkId, member), 403, "member.not_verified");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher"), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id=@perkId", new { perkId }), Is.Zero);
    }

    [Test]
    public async Task A_refusal_under_an_idempotency_key_is_replayed_and_unknown_perks_are_404()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 1);
        var first = await Seed.VerifiedMemberAsync(org);
        Assert.That((int)(await ClaimAsync(perkId, first)).StatusCode, Is.EqualTo(201));

        await Problem.ExpectAsync(await ClaimAsync(perkId, member, "k-1"), 409, "perk.sold_out");
        var replay = await ClaimAsync(perkId, member, "k-1");
        await Problem.ExpectAsync(replay, 409, "perk.sold_out");
        Assert.That(replay.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));

        await Problem.ExpectAsync(await ClaimAsync("999999", member), 404, "not_found");
    }

    [Test]
    public async Task Vouchers_are_the_callers_own_newest_first_and_read_as_expired_after_validity()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var stranger = await Seed.VerifiedMemberAsync(org);
        var perkA = await CreatePerkAsync(stock: 10, validDays: 1);
        var perkB = await CreatePerkAsync(stock: 10, endsAt: Now.AddDays(10));
        var a = await (await ClaimAsync(perkA, member)).Content.ReadFromJsonAsync<JsonElement>();
        var b = await (await ClaimAsync(perkB, member)).Content.ReadFromJsonAsync<JsonElement>();
        var idA = a.GetProperty("voucher").GetProperty("id").GetString();
        var idB = b.GetProperty("voucher").GetProperty("id").GetString();
        Assert.That(a.GetProperty("voucher").GetProperty("status").GetString(), Is.EqualTo("unused"));

        using var client = WithToken(Token(member));
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/vouchers?limit=1");
        Assert.That(list.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetString()), Is.EqualTo(new[] { idB }));
        var cursor = list.GetProperty("nextCursor").GetString();
        var page2 = await client.GetFromJsonAsync<JsonElement>($"/api/v1/me/vouchers?limit=1&cursor={Uri.EscapeDataString(cursor!)}");
        Assert.That(page2.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetString()), Is.EqualTo(new[] { idA }));
        Assert.That(page2.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));

        Api.Clock.Advance(TimeSpan.FromDays(2));
        using var later = WithToken(Token(member)); // the first token expired with the clock
        var expired = await later.GetFromJsonAsync<JsonElement>($"/api/v1/me/vouchers/{idA}");
        Assert.That(expired.GetProperty("status").GetString(), Is.EqualTo("expired"));
        Assert.That(expired.GetProperty("perkTitle").GetString(), Is.EqualTo("端午粽子券"));
        var stillValid = await later.GetFromJsonAsync<JsonElement>($"/api/v1/me/vouchers/{idB}");
        Assert.That(stillValid.GetProperty("status").GetString(), Is.EqualTo("unused"));

        using var other = WithToken(Token(stranger));
        await Problem.ExpectAsync(await other.GetAsync($"/api/v1/me/vouchers/{idA}"), 404, "not_found");
        var strangerList = await other.GetFromJsonAsync<JsonElement>("/api/v1/me/vouchers");
        Assert.That(strangerList.GetProperty("items").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task The_qr_payload_verifies_with_the_published_key_and_a_tampered_one_does_not()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 10);
        var claim = await (await ClaimAsync(perkId, member)).Content.ReadFromJsonAsync<JsonElement>();
        var code = claim.GetProperty("voucher").GetProperty("code").GetString()!;
        var payload = claim.GetProperty("voucher").GetProperty("qrPayload").GetString()!;

        using var anonymous = Anonymous();
        var key = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/vouchers/signing-key");
        using var publicKey = VoucherSigner.PublicKeyFromPem(key.GetProperty("publicKeyPem").GetString()!);
        Assert.That(VoucherSigner.Verify(payload, publicKey), Is.EqualTo(code));
        Assert.That(key.GetProperty("jwk").GetProperty("crv").GetString(), Is.EqualTo("P-256"));

        var otherCode = VoucherSigner.NewCode();
        var tampered = payload.Replace(code, otherCode, StringComparison.Ordinal);
        Assert.That(VoucherSigner.Verify(tampered, publicKey), Is.Null);
        var flipped = payload[..^2] + (payload[^2] == 'A' ? 'B' : 'A') + payload[^1];
        Assert.That(VoucherSigner.Verify(flipped, publicKey), Is.Null);
        Assert.That(VoucherSigner.Verify("garbage", publicKey), Is.Null);
        using var strangerKey = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        Assert.That(VoucherSigner.Verify(payload, strangerKey), Is.Null);
    }
}
