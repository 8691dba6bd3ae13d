using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using UnionHub.Api.Features.Demo;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Demo;

/// <summary>The demo federation of <c>./dev run</c>, seeded through the real endpoints into the test database.</summary>
public sealed class DemoSeedTests : MemberAuthTest
{
    private const string Password = "demo test password";

    private static Task<DemoSummary?> SeedAsync() =>
        Api.Services.GetRequiredService<DemoSeed>().RunAsync(Anonymous(), ApiFactory.AdminPassword, Password, CancellationToken.None);

    /// <summary>Rows in every table the demo writes, to compare two runs.</summary>
    private static async Task<Dictionary<string, long>> CountsAsync()
    {
        string[] tables = ["org", "enterprise", "roster_entry", "roster_upload", "member", "refresh_token", "staff_user", "merchant", "merchant_api_key",
            "perk", "perk_merchant", "voucher", "redemption", "fund", "fund_application", "hardship_household", "hardship_round",
            "hardship_declaration", "legal_lawyer", "legal_case", "legal_case_history", "audit_log", "idempotency_key"];
        await using var db = await DbAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            counts[table] = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
        }

        return counts;
    }

    [Test]
    public async Task Seeds_the_demo_federation_through_the_api_and_a_second_run_adds_nothing()
    {
        var demo = await SeedAsync();
        Assert.That(demo, Is.Not.Null);
        Assert.That(demo!.CreatedNow, Is.True);
        Assert.That(demo.NewApiKey, Does.StartWith("uhk_"));

        await using var db = await DbAsync();
        Assert.That(await db.QueryAsync<string>("SELECT name FROM org ORDER BY depth, id"),
            Is.EqualTo(new[] { "示范市总工会", "东城区总工会", "西城区总工会", "东城第一机床厂工会" }));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM enterprise"), Is.EqualTo(3));

        // the roster and the members hold personal data only encrypted and blind-indexed, as the app writes it
        Assert.That(demo.Members, Has.Count.EqualTo(5));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry"), Is.EqualTo(5));
        foreach (var person in demo.Members)
        {
            var entry = await db.QuerySingleAsync<(byte[] NameEnc, byte[] IdEnc, byte[] NameHash)>(
                "SELECT name_enc, id_enc, name_hash FROM roster_entry WHERE id_hash = @h", new { h = Seed.Pii.IdNumberIndex(person.IdNumber) });
            Assert.That(Seed.Pii.DecryptOrNull(entry.NameEnc), Is.EqualTo(person.Name));
            Assert.That(Seed.Pii.DecryptOrNull(entry.IdEnc), Is.EqualTo(person.IdNumber));
            Assert.That(entry.NameHash, Is.EqualTo(Seed.Pii.NameIndex(person.Name)));
            Assert.That(System.Text.Encoding.UTF8.GetString(entry.NameEnc), Does.Not.Contain(person.Name));
            var verified = await db.ExecuteScalarAsync<bool?>("SELECT verified_at IS NOT NULL FROM member WHERE phone_hash = @h",
                new { h = Seed.Pii.PhoneIndex(person.Phone) });
            Assert.That(verified, Is.EqualTo(person.Verified ? true : null), $"{person.Phone}: verified members exist, the others never logged in");
        }

        // a perk in each state a member meets
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        var perks = (await db.QueryAsync<(string Title, DateTime StartsAt, DateTime EndsAt, int Stock, int Claimed)>(
            "SELECT title, starts_at, ends_at, stock, claimed FROM perk")).ToDictionary(p => p.Title);
        Assert.That(perks.Keys, Is.EquivalentTo(new[]
            { DemoSeed.Perks.Live, DemoSeed.Perks.OpensInAMinute, DemoSeed.Perks.Upcoming, DemoSeed.Perks.SoldOut, DemoSeed.Perks.Ended }));
        var live = perks[DemoSeed.Perks.Live];
        Assert.That(live.StartsAt < now && now < live.EndsAt && live.Claimed < live.Stock, "live with stock left");
        var soon = perks[DemoSeed.Perks.OpensInAMinute];
        Assert.That(soon.StartsAt - now, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)), "opens within a minute");
        Assert.That(perks[DemoSeed.Perks.Upcoming].StartsAt - now, Is.GreaterThan(TimeSpan.FromDays(1)), "upcoming");
        var soldOut = perks[DemoSeed.Perks.SoldOut];
        Assert.That(soldOut.StartsAt < now && now < soldOut.EndsAt, "sold out while still running");
        Assert.That((soldOut.Claimed, await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher v JOIN perk p ON p.id = v.perk_id WHERE p.title = @t",
            new { t = DemoSeed.Perks.SoldOut })), Is.EqualTo((soldOut.Stock, soldOut.Stock)), "claimed to the last one by members");
        Assert.That(perks[DemoSeed.Perks.Ended].EndsAt, Is.LessThan(now), "ended");

        // a staff account for every role, the merchant's cashier among them, and an API key that works
        Assert.That(await db.QueryAsync<string>("SELECT DISTINCT role FROM staff_user"), Is.EquivalentTo(Roles.Staff));
        Assert.That(demo.StaffUsers.Select(s => s.Role), Is.EquivalentTo(Roles.Staff));
        using (var cashier = await StaffClientAsync("demo.cashier", Password))
        {
            var me = await cashier.GetFromJsonAsync<JsonElement>("/api/v1/merchant/me");
            Assert.That(me.GetProperty("name").GetString(), Is.EqualTo(DemoSeed.MerchantName));
        }

        using (var till = Anonymous())
        {
            till.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, demo.NewApiKey);
            var today = await till.GetFromJsonAsync<JsonElement>("/api/v1/merchant/redemptions");
            Assert.That(today.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("perkTitle").GetString()),
                Is.EqualTo(new[] { DemoSeed.Perks.Live }), "the cashier redeemed one demo voucher today");
        }

        // cases in review: two fund applications, a hardship declaration, legal aid waiting and assigned
        Assert.That(await db.QueryAsync<string>("SELECT status FROM fund_application"), Is.EqualTo(new[] { "submitted", "submitted" }));
        Assert.That(await db.QueryAsync<string>("SELECT status FROM hardship_declaration"), Is.EqualTo(new[] { "submitted" }));
        Assert.That(await db.QueryAsync<(string, long)>("SELECT status, CAST(lawyer_id IS NOT NULL AS SIGNED) FROM legal_case ORDER BY id"),
            Is.EqualTo(new[] { ("submitted", 0L), ("consultation", 1L) }), "one waits for acceptance, one is assigned to the panel lawyer");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'perk.create'"), Is.EqualTo(5),
            "staff actions are audited as the endpoints do");

        // a second start finds everything and writes nothing, not even a session
        var before = await CountsAsync();
        var again = await SeedAsync();
        Assert.That(again, Is.Not.Null);
        Assert.That((again!.CreatedNow, again.NewApiKey), Is.EqualTo((false, (string?)null)));
        Assert.That(await CountsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_demo_member_logs_in_by_sms_and_claims_the_live_perk()
    {
        var demo = await SeedAsync();
        var member = demo!.Members[0]; // the one the banner lists first: verified, nothing claimed yet
        Assert.That(member.Verified, Is.True);

        var tokens = await LoginBySmsAsync(member.Phone);
        Assert.That(tokens.GetProperty("member").GetProperty("verified").GetBoolean(), Is.True);
        using var client = WithToken(AccessOf(tokens));
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/perks");
        var live = list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("title").GetString() == DemoSeed.Perks.Live);

        var claim = await client.PostAsync($"/api/v1/perks/{live.GetProperty("id").GetString()}/claims", null);
        Assert.That((int)claim.StatusCode, Is.EqualTo(201), await claim.Content.ReadAsStringAsync());
        var vouchers = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/vouchers");
        Assert.That(vouchers.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("perkTitle").GetString()),
            Is.EqualTo(new[] { DemoSeed.Perks.Live }));
    }

    [Test]
    public async Task Leaves_a_database_with_other_organisations_alone()
    {
        await Seed.OrgAsync("某区总工会");
        Assert.That(await SeedAsync(), Is.Null);
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM org"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM perk"), Is.Zero);
    }

    [TestCase("Development", true, true)]
    [TestCase("Development", false, false)]
    [TestCase("Production", true, false)]
    [TestCase("Staging", true, false)]
    [TestCase("Testing", true, false)]
    public void Seeds_only_in_Development_when_asked(string environment, bool demo, bool expected)
    {
        IHostEnvironment env = new HostingEnvironment { EnvironmentName = environment };
        Assert.That(DemoSeedHost.Enabled(env, new DemoSeedOptions { Demo = demo }), Is.EqualTo(expected));
    }
}
