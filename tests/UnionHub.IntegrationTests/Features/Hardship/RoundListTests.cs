using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

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

    /// <summary>
    /// A round whose fund became a mutual_aid fund (as one from before the rule) takes no declaration, so members are not offered one: it
    /// is left out of their list unless it carries a package survey (still answerable) or they declared in it before, and then it says
    /// <c>takesDeclarations</c> false. Declaring in it, by the member or by staff for them, is 422 fund.mutual_aid_only with nothing written.
    /// </summary>
    [Test]
    public async Task Members_are_not_offered_a_declaration_in_a_round_on_a_mutual_aid_fund_but_keep_its_package_survey()
    {
        var orgs = await OrgsAsync();
        using var district = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictA));
        using var grassroots = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.GrassrootsA1));
        var (plain, plainFund) = await RoundAsync(district, orgs.DistrictA);
        var (survey, surveyFund) = await RoundAsync(district, orgs.DistrictA, packages: true);
        var (declared, declaredFund) = await RoundAsync(district, orgs.DistrictA);
        var (relief, _) = await RoundAsync(district, orgs.DistrictA);
        var (member, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var (other, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1, name: "李晓红");
        await DeclareAsMemberAsync(member, declared);
        await using var db = await DbAsync();
        await db.ExecuteAsync("UPDATE fund SET kind = 'mutual_aid' WHERE id IN @ids", new { ids = new[] { plainFund, surveyFund, declaredFund } });

        static async Task<Dictionary<string, JsonElement>> ListAsync(long memberId)
        {
            using var me = WithToken(MemberToken(memberId));
            var page = await JsonAsync(await me.GetAsync("/api/v1/hardship/rounds"), 200);
            return page.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r);
        }

        var mine = await ListAsync(member);
        Assert.That(mine.Keys, Is.EquivalentTo(new[] { survey, declared, relief }), "the plain round on a mutual_aid fund is not offered");
        Assert.Multiple(() =>
        {
            Assert.That(mine[relief].GetProperty("takesDeclarations").GetBoolean(), Is.True);
            Assert.That(mine[survey].GetProperty("takesDeclarations").GetBoolean(), Is.False, "listed for its survey only");
            Assert.That(mine[survey].GetProperty("packages").GetArrayLength(), Is.EqualTo(2));
            Assert.That(mine[declared].GetProperty("takesDeclarations").GetBoolean(), Is.False, "listed for the member's own declaration");
        });
        Assert.That((await ListAsync(other)).Keys, Is.EquivalentTo(new[] { survey, relief }));

        // the survey is still answered
        using (var me = WithToken(MemberToken(member)))
        {
            var packageId = mine[survey].GetProperty("packages")[0].GetProperty("id").GetString();
            await JsonAsync(await me.PutAsJsonAsync($"/api/v1/hardship/rounds/{survey}/package-choice", new { packageId }), 200);
        }

        var before = await db.QuerySingleAsync<(int, int)>(
            "SELECT (SELECT COUNT(*) FROM hardship_declaration), (SELECT COUNT(*) FROM hardship_declaration_history)");
        using (var me = WithToken(MemberToken(other)))
        {
            foreach (var roundId in new[] { plain, survey })
            {
                await Problem.ExpectAsync(await me.PostAsJsonAsync("/api/v1/hardship/declarations", new { roundId }), 422, "fund.mutual_aid_only");
                await Problem.ExpectAsync(await grassroots.PostAsJsonAsync("/api/v1/admin/hardship/declarations", new { roundId, memberId = S(other) }),
                    422, "fund.mutual_aid_only");
            }
        }

        Assert.That(await db.QuerySingleAsync<(int, int)>(
            "SELECT (SELECT COUNT(*) FROM hardship_declaration), (SELECT COUNT(*) FROM hardship_declaration_history)"), Is.EqualTo(before),
            "nothing written");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'hardship_declaration.declare'"), Is.EqualTo(1),
            "only the declaration made before the change");
    }
}
