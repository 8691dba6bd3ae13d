using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Enterprises;

public sealed class EnterpriseContactsTests : EnterpriseTest
{
    [Test]
    public async Task An_org_admin_creates_lists_disables_and_enables_contacts_of_an_enterprise_in_their_subtree()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var other = await Seed.OrgAsync("另一个市");
        var enterprise = await Seed.EnterpriseAsync(district, "清凉饮料厂");
        var foreign = await Seed.EnterpriseAsync(other, "外地企业");
        using var orgAdmin = await NewStaffAsync("org_admin", orgId: S(city));

        var created = await JsonAsync(await orgAdmin.PostAsJsonAsync($"/api/v1/admin/enterprises/{enterprise}/contacts",
            new { username = "contact.wang", password = "a long enough password" }), 201);
        var userId = created.GetProperty("id").GetString()!;
        Assert.That(created.GetProperty("enterpriseId").GetString(), Is.EqualTo(S(enterprise)));
        Assert.That(created.GetProperty("disabled").GetBoolean(), Is.False);

        await using (var db = await DbAsync())
        {
            var row = await db.QuerySingleAsync<(string Role, long EnterpriseId, string Hash)>(
                "SELECT role, enterprise_id, password_hash FROM staff_user WHERE id = @userId", new { userId });
            Assert.That(row.Role, Is.EqualTo("enterprise_contact"));
            Assert.That(row.EnterpriseId, Is.EqualTo(enterprise));
            Assert.That(row.Hash, Does.Not.Contain("a long enough password"));
        }

        // the contact logs in and sees their own enterprise, with its verified members counted
        await SeedEnterprise.VerifiedWorkersAsync(district, enterprise, 3);
        await Seed.UnverifiedMemberAsync();
        using (var contact = await StaffClientAsync("contact.wang", "a long enough password"))
        {
            var mine = await JsonAsync(await contact.GetAsync("/api/v1/enterprise"), 200);
            Assert.That(mine.GetProperty("id").GetString(), Is.EqualTo(S(enterprise)));
            Assert.That(mine.GetProperty("name").GetString(), Is.EqualTo("清凉饮料厂"));
            Assert.That(mine.GetProperty("verifiedMembers").GetInt32(), Is.EqualTo(3));
            var members = await JsonAsync(await contact.GetAsync("/api/v1/enterprise/members?limit=2"), 200);
            Assert.That(members.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
            Assert.That(members.GetProperty("items")[0].GetProperty("nameMasked").GetString(), Is.EqualTo("李*"));
            Assert.That(members.GetProperty("nextCursor").GetString(), Is.Not.Null);
            // a contact is not an org_admin
            await Problem.ExpectAsync(await contact.GetAsync($"/api/v1/admin/enterprises/{enterprise}/contacts"), 403, "auth.forbidden");
        }

        // duplicates and bad input
        await Problem.ExpectAsync(await orgAdmin.PostAsJsonAsync($"/api/v1/admin/enterprises/{enterprise}/contacts",
            new { username = "contact.wang", password = "another long password" }), 409, "user.username_taken");
        await Problem.ExpectAsync(await orgAdmin.PostAsJsonAsync($"/api/v1/admin/enterprises/{enterprise}/contacts",
            new { username = "x", password = "short" }), 422, "validation.failed");

        // outside the org_admin's subtree: 404, never 403
        await Problem.ExpectAsync(await orgAdmin.PostAsJsonAsync($"/api/v1/admin/enterprises/{foreign}/contacts",
            new { username = "contact.li", password = "a long enough password" }), 404, "not_found");
        await Problem.ExpectAsync(await orgAdmin.GetAsync($"/api/v1/admin/enterprises/{foreign}/contacts"), 404, "not_found");

        var list = await JsonAsync(await orgAdmin.GetAsync($"/api/v1/admin/enterprises/{enterprise}/contacts"), 200);
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("username").GetString()), Is.EqualTo(new[] { "contact.wang" }));

        var disabled = await JsonAsync(await orgAdmin.PostAsync($"/api/v1/admin/enterprises/{enterprise}/contacts/{userId}/disable", null), 200);
        Assert.That(disabled.GetProperty("disabled").GetBoolean(), Is.True);
        using (var anon = Anonymous())
        {
            await Problem.ExpectAsync(await anon.PostAsJsonAsync("/api/v1/admin/auth/login",
                new { username = "contact.wang", password = "a long enough password" }), 401, "auth.invalid_credentials");
        }

        // the contact id must belong to that enterprise
        await Problem.ExpectAsync(await orgAdmin.PostAsync($"/api/v1/admin/enterprises/{enterprise}/contacts/999999/disable", null), 404, "not_found");

        await JsonAsync(await orgAdmin.PostAsync($"/api/v1/admin/enterprises/{enterprise}/contacts/{userId}/enable", null), 200);
        await StaffTokenAsync("contact.wang", "a long enough password");

        Assert.That((await AuditAsync("enterprise_contact.")).Select(a => a.Action),
            Is.EqualTo(new[] { "enterprise_contact.create", "enterprise_contact.disable", "enterprise_contact.enable" }));
    }
}
