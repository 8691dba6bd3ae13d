using System.Text.Json;

namespace UnionHub.IntegrationTests.Features.Hardship;

public sealed class RoundListTests : HardshipTest
{
    [Test]
    public async Task Staff_list_the_rounds_of_their_subtree_newest_first_in_pages()
    {
        var orgs = await OrgsAsync();
        using var districtA = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictA));
        using var districtB = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictB));
        using var grassroots = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.GrassrootsA1));
        var (a1, _) = await RoundAsync(districtA, orgs.DistrictA);
        var (a2, _) = await RoundAsync(districtA, orgs.GrassrootsA1);
        var (b1, _) = await RoundAsync(districtB, orgs.DistrictB);

        static async Task<List<string>> IdsAsync(HttpClient client, string query = "")
        {
            var page = await JsonAsync(await client.GetAsync("/api/v1/admin/hardship/rounds" + query), 200);
            return page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        }

        Assert.That(await IdsAsync(districtA), Is.EqualTo(new[] { a2, a1 }), "district A sees its own and its grassroots' rounds");
        Assert.That(await IdsAsync(districtB), Is.EqualTo(new[] { b1 }));
        Assert.That(await IdsAsync(grassroots), Is.EqualTo(new[] { a2 }), "nothing above or beside the caller's org");
        using var admin = await AdminAsync();
        Assert.That(await IdsAsync(admin), Is.EqualTo(new[] { b1, a2, a1 }));

        var first = await JsonAsync(await admin.GetAsync("/api/v1/admin/hardship/rounds?limit=2"), 200);
        Assert.That(first.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
        var cursor = first.GetProperty("nextCursor").GetString();
        Assert.That(await IdsAsync(admin, $"?limit=2&cursor={Uri.EscapeDataString(cursor!)}"), Is.EqualTo(new[] { a1 }));
        var item = first.GetProperty("items")[0];
        Assert.That(item.GetProperty("orgId").GetString(), Is.EqualTo(S(orgs.DistrictB)));
        Assert.That(item.GetProperty("surveyStatus").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(item.GetProperty("opensAt").GetString(), Does.EndWith("+08:00"));

        using var member = WithToken(MemberToken(await Seed.VerifiedMemberAsync(orgs.DistrictA)));
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/admin/hardship/rounds"), 403, "auth.forbidden");
    }
}
