using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Perks;

public sealed class PerkAdminTests : PerkTest
{
    [Test]
    public async Task Create_validates_the_perk()
    {
        using var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/perks", new
        {
            kind = "voucher", title = "", stock = -1, perMemberLimit = 0, startsAt = Now, endsAt = Now.AddHours(-1),
        });
        var problem = await Problem.ExpectAsync(response, 422, "validation.failed");
        var errors = problem.Raw.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name),
            Is.SupersetOf(new[] { "title", "stock", "perMemberLimit", "endsAt", "faceValueFen" }));

        var unknownOrg = await admin.PostAsJsonAsync("/api/v1/admin/perks", new
        {
            kind = "goods", title = "口罩", stock = 5, perMemberLimit = 1, startsAt = Now, endsAt = Now.AddHours(1),
            eligibility = new { orgIds = new[] { "424242" } },
        });
        var p2 = await Problem.ExpectAsync(unknownOrg, 422, "validation.failed");
        Assert.That(p2.Raw.GetProperty("errors").TryGetProperty("eligibility.orgIds", out _), Is.True);

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM perk"), Is.Zero);
    }

    [Test]
    public async Task Create_stores_merchants_and_eligibility_and_writes_an_audit_row()
    {
        var org = await Seed.OrgAsync();
        using var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/perks", new
        {
            kind = "voucher", title = "电影券", description = "d", stock = 100, perMemberLimit = 2, startsAt = Now, endsAt = Now.AddDays(3),
            faceValueFen = 3000, merchantIds = new[] { "11", "12" }, validDays = 30, dailyRelease = 40,
            eligibility = new { orgIds = new[] { org.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        var perk = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(perk.GetProperty("merchantIds").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "11", "12" }));
        Assert.That(perk.GetProperty("faceValueFen").GetInt64(), Is.EqualTo(3000));
        Assert.That(perk.GetProperty("remaining").GetInt32(), Is.EqualTo(40), "daily release caps what is claimable today");

        await using var db = await DbAsync();
        var id = perk.GetProperty("id").GetString();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM perk_merchant WHERE perk_id=@id", new { id }), Is.EqualTo(2));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM perk_eligible_org WHERE perk_id=@id", new { id }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action='perk.create' AND entity_id=@id", new { id }),
            Is.EqualTo(1));
    }

    [Test]
    public async Task Stock_cannot_drop_below_what_was_claimed()
    {
        var org = await Seed.OrgAsync();
        var perkId = await CreatePerkAsync(stock: 10);
        for (var i = 0; i < 3; i++)
        {
            Assert.That((int)(await ClaimAsync(perkId, await Seed.VerifiedMemberAsync(org))).StatusCode, Is.EqualTo(201));
        }

        using var admin = await AdminAsync();
        var below = await admin.PatchAsJsonAsync($"/api/v1/admin/perks/{perkId}", new { stock = 2 });
        await Problem.ExpectAsync(below, 409, "perk.stock_below_claimed");

        var ok = await admin.PatchAsJsonAsync($"/api/v1/admin/perks/{perkId}", new { stock = 3, title = "新标题" });
        Assert.That((int)ok.StatusCode, Is.EqualTo(200), await ok.Content.ReadAsStringAsync());
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That((body.GetProperty("stock").GetInt32(), body.GetProperty("claimed").GetInt32(), body.GetProperty("title").GetString()),
            Is.EqualTo((3, 3, "新标题")));
        await Problem.ExpectAsync(await ClaimAsync(perkId, await Seed.VerifiedMemberAsync(org)), 409, "perk.sold_out");

        await Problem.ExpectAsync(await admin.PatchAsJsonAsync("/api/v1/admin/perks/999999", new { stock = 3 }), 404, "not_found");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log WHERE action='perk.update' AND entity_id=@perkId",
            new { perkId }), Is.EqualTo(1));
    }

    [Test]
    public async Task An_org_admin_acts_only_inside_their_organisation()
    {
        var mine = await Seed.OrgAsync("区总工会");
        var child = await Seed.OrgAsync("街道工会", mine);
        var other = await Seed.OrgAsync("外区总工会");
        using var orgAdmin = await NewStaffAsync("org_admin", mine.ToString(System.Globalization.CultureInfo.InvariantCulture));

        object Body(long org) => new
        {
            kind = "goods", title = "清凉包", stock = 5, perMemberLimit = 1, startsAt = Now, endsAt = Now.AddDays(1),
            eligibility = new { orgIds = new[] { org.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        };
        await Problem.ExpectAsync(await orgAdmin.PostAsJsonAsync("/api/v1/admin/perks", Body(other)), 422, "validation.failed");
        var created = await orgAdmin.PostAsJsonAsync("/api/v1/admin/perks", Body(child));
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.That((int)(await orgAdmin.PatchAsJsonAsync($"/api/v1/admin/perks/{id}", new { stock = 6 })).StatusCode, Is.EqualTo(200));

        var foreignPerk = await CreatePerkAsync(stock: 5); // by the super_admin
        await Problem.ExpectAsync(await orgAdmin.PatchAsJsonAsync($"/api/v1/admin/perks/{foreignPerk}", new { stock = 6 }), 404, "not_found");
        await Problem.ExpectAsync(await orgAdmin.PostAsync($"/api/v1/admin/perks/{foreignPerk}/codes",
            new StringContent("X1", Encoding.UTF8, "text/plain")), 404, "not_found");
    }

    [Test]
    public async Task Members_cannot_use_admin_routes_and_staff_cannot_claim()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        using var client = WithToken(Token(member));
        var response = await client.PostAsJsonAsync("/api/v1/admin/perks", new { kind = "goods" });
        Assert.That((int)response.StatusCode, Is.EqualTo(403));

        var perkId = await CreatePerkAsync(stock: 5);
        using var admin = await AdminAsync();
        Assert.That((int)(await admin.PostAsync($"/api/v1/perks/{perkId}/claims", null)).StatusCode, Is.EqualTo(403));
    }
}
