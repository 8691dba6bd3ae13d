using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using static UnionHub.IntegrationTests.Features.Members.MembersTestData;

namespace UnionHub.IntegrationTests.Features.Members;

public sealed class OrgsTests : ApiTest
{
    private static async Task<List<string>> ListIdsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    [Test]
    public async Task Super_admin_builds_a_tree_with_materialised_paths_and_audit_rows()
    {
        using var admin = await AdminAsync();
        var city = await CreateOrgAsync(admin, "市总工会");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/orgs", new { name = " 区总工会 ", parentId = city });
        Assert.That((int)response.StatusCode, Is.EqualTo(201));
        var district = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(district.GetProperty("name").GetString(), Is.EqualTo("区总工会"));
        Assert.That(district.GetProperty("parentId").GetString(), Is.EqualTo(city));
        Assert.That(district.GetProperty("depth").GetInt32(), Is.EqualTo(1));
        var districtId = district.GetProperty("id").GetString()!;
        var street = await CreateOrgAsync(admin, "街道工会", districtId);

        await using var db = await DbAsync();
        var paths = (await db.QueryAsync<(long Id, string Path, int Depth)>("SELECT id, path, depth FROM org ORDER BY id")).ToList();
        Assert.That(paths.Select(p => (p.Path, p.Depth)), Is.EqualTo(new[]
        {
            ($"/{city}/", 0), ($"/{city}/{districtId}/", 1), ($"/{city}/{districtId}/{street}/", 2),
        }));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'org.create' AND entity = 'org'"), Is.EqualTo(3));
        Assert.That(await ListIdsAsync(admin, "/api/v1/admin/orgs"), Is.EquivalentTo(new[] { city, districtId, street }));
    }

    [Test]
    public async Task Org_admin_sees_and_acts_only_inside_their_subtree()
    {
        using var admin = await AdminAsync();
        var a = await CreateOrgAsync(admin, "甲市总工会");
        var a1 = await CreateOrgAsync(admin, "甲区工会", a);
        var b = await CreateOrgAsync(admin, "乙市总工会");
        var b1 = await CreateOrgAsync(admin, "乙区工会", b);
        using var adminA1 = await NewStaffAsync("org_admin", a1);

        // orgs: only the own subtree is listed; creating elsewhere is 404, creating a root is 403
        var child = await CreateOrgAsync(adminA1, "甲区某街道", a1);
        Assert.That(await ListIdsAsync(adminA1, "/api/v1/admin/orgs"), Is.EquivalentTo(new[] { a1, child }));
        await Problem.ExpectAsync(await adminA1.PostAsJsonAsync("/api/v1/admin/orgs", new { name = "x", parentId = a }), 404, "not_found");
        await Problem.ExpectAsync(await adminA1.PostAsJsonAsync("/api/v1/admin/orgs", new { name = "x", parentId = b1 }), 404, "not_found");
        await Problem.ExpectAsync(await adminA1.PostAsJsonAsync("/api/v1/admin/orgs", new { name = "x", parentId = "999999" }), 404, "not_found");
        await Problem.ExpectAsync(await adminA1.PostAsJsonAsync("/api/v1/admin/orgs", new { name = "x" }), 403, "org.root_requires_super_admin");

        // enterprises: registering or listing outside the subtree is 404
        await Problem.ExpectAsync(await adminA1.PostAsJsonAsync("/api/v1/admin/enterprises",
            new { name = "乙厂", creditCode = SeedIds.CreditCodeFor(1), orgId = b1 }), 404, "not_found");
        await Problem.ExpectAsync(await adminA1.PostAsJsonAsync("/api/v1/admin/enterprises",
            new { name = "甲厂", creditCode = SeedIds.CreditCodeFor(1), orgId = a }), 404, "not_found");
        var mine = await CreateEnterpriseAsync(adminA1, child, SeedIds.CreditCodeFor(2));
        var theirs = await CreateEnterpriseAsync(admin, b1, SeedIds.CreditCodeFor(3));
        Assert.That(await ListIdsAsync(adminA1, "/api/v1/admin/enterprises"), Is.EqualTo(new[] { mine }));
        Assert.That(await ListIdsAsync(adminA1, $"/api/v1/admin/enterprises?orgId={a1}"), Is.EqualTo(new[] { mine }));
        await Problem.ExpectAsync(await adminA1.GetAsync($"/api/v1/admin/enterprises?orgId={b1}"), 404, "not_found");
        Assert.That(await ListIdsAsync(admin, "/api/v1/admin/enterprises"), Is.EquivalentTo(new[] { mine, theirs }));

        // rosters: uploading outside the subtree is 404 and writes nothing
        await Problem.ExpectAsync(await UploadAsync(adminA1, b1, Roster(2)), 404, "not_found");
        await Problem.ExpectAsync(await UploadAsync(adminA1, a, Roster(2)), 404, "not_found");
        var ok = await UploadOkAsync(adminA1, child, Roster(2));
        Assert.That(ok.GetProperty("added").GetInt32(), Is.EqualTo(2));
        var elsewhere = await UploadOkAsync(admin, b1, Roster(1, firstN: 10));
        await Problem.ExpectAsync(await adminA1.GetAsync($"/api/v1/admin/roster-uploads/{elsewhere.GetProperty("uploadId").GetString()}"), 404, "not_found");
        Assert.That((int)(await adminA1.GetAsync($"/api/v1/admin/roster-uploads/{ok.GetProperty("uploadId").GetString()}")).StatusCode, Is.EqualTo(200));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_entry WHERE org_id NOT IN (@child, @b1)", new { child, b1 }), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM roster_upload"), Is.EqualTo(2), "the refused uploads wrote nothing");
    }

    [Test]
    public async Task Members_and_other_staff_roles_may_not_manage_orgs()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        using var reviewer = await NewStaffAsync("reviewer");
        Assert.That((int)(await reviewer.PostAsJsonAsync("/api/v1/admin/orgs", new { name = "x", parentId = org })).StatusCode, Is.EqualTo(403));
        using var member = WithToken(MemberToken(await Seed.UnverifiedMemberAsync()));
        Assert.That((int)(await member.GetAsync("/api/v1/admin/orgs")).StatusCode, Is.EqualTo(403));
        Assert.That((int)(await Anonymous().GetAsync("/api/v1/admin/orgs")).StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task Org_names_are_validated()
    {
        using var admin = await AdminAsync();
        var p = await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/orgs", new { name = " " }), 422, "validation.failed");
        Assert.That(p.Raw.GetProperty("errors").TryGetProperty("name", out _), Is.True);
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/orgs", new { name = "x", parentId = "abc" }), 422, "validation.failed");
    }
}
