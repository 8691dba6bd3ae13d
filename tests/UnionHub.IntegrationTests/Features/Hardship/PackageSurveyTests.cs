using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Hardship;

public sealed class PackageSurveyTests : HardshipTest
{
    private static Task<HttpResponseMessage> ChooseAsync(long memberId, string roundId, string packageId)
    {
        var client = WithToken(MemberToken(memberId));
        return client.PutAsJsonAsync($"/api/v1/hardship/rounds/{roundId}/package-choice", new { packageId });
    }

    private static async Task<(string A, string B)> PackageIdsAsync(HttpClient admin, string roundId)
    {
        var round = await JsonAsync(await admin.GetAsync($"/api/v1/admin/hardship/rounds/{roundId}"), 200);
        var packages = round.GetProperty("packages");
        Assert.That(packages.GetArrayLength(), Is.EqualTo(2));
        return (Str(packages[0], "id"), Str(packages[1], "id"));
    }

    private static int ChoicesOf(JsonElement totals, string packageId) =>
        totals.GetProperty("packages").EnumerateArray().Single(p => Str(p, "packageId") == packageId).GetProperty("choices").GetInt32();

    [Test]
    public async Task Parallel_choices_are_counted_per_package_and_each_member_keeps_one_choice()
    {
        var orgs = await OrgsAsync();
        var adminUser = await NewStaffUserAsync("org_admin", orgs.DistrictA);
        using var admin = await LoginAsync(adminUser);
        var (roundId, _) = await RoundAsync(admin, orgs.DistrictA, packages: true);
        var (a, b) = await PackageIdsAsync(admin, roundId);
        var members = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            members.Add((await RegisteredMemberAsync(admin, i % 2 == 0 ? orgs.GrassrootsA1 : orgs.DistrictA)).MemberId);
        }

        // 12 members at once: the first 8 take A, the last 4 take B
        var first = await Task.WhenAll(members.Select((m, i) => ChooseAsync(m, roundId, i < 8 ? a : b)));
        Assert.That(first.Select(r => (int)r.StatusCode), Is.All.EqualTo(200));
        var totals = await JsonAsync(await admin.GetAsync($"/api/v1/admin/hardship/rounds/{roundId}/package-totals"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(ChoicesOf(totals, a), Is.EqualTo(8));
            Assert.That(ChoicesOf(totals, b), Is.EqualTo(4));
            Assert.That(totals.GetProperty("totalChoices").GetInt32(), Is.EqualTo(12));
        });

        // one member changes their mind 10 times in parallel: still one choice; totals still add up to 12
        var flipper = members[0];
        var flips = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => ChooseAsync(flipper, roundId, i % 2 == 0 ? b : a)));
        Assert.That(flips.Select(r => (int)r.StatusCode), Is.All.EqualTo(200));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_package_choice WHERE round_id = @roundId AND member_id = @flipper",
            new { roundId, flipper }), Is.EqualTo(1));
        var flipped = await db.ExecuteScalarAsync<long>("SELECT package_id FROM hardship_package_choice WHERE member_id = @flipper", new { flipper });
        totals = await JsonAsync(await admin.GetAsync($"/api/v1/admin/hardship/rounds/{roundId}/package-totals"), 200);
        Assert.That(ChoicesOf(totals, a) + ChoicesOf(totals, b), Is.EqualTo(12));
        Assert.That(ChoicesOf(totals, a), Is.EqualTo(flipped.ToString(System.Globalization.CultureInfo.InvariantCulture) == a ? 8 : 7));

        // the member sees their choice
        using (var me = WithToken(MemberToken(members[11])))
        {
            var rounds = await JsonAsync(await me.GetAsync("/api/v1/hardship/rounds"), 200);
            Assert.That(Str(rounds.GetProperty("items")[0], "myPackageId"), Is.EqualTo(b));
        }

        // closing: not before the deadline; then every choice becomes a goods voucher in the member's wallet
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/hardship/rounds/{roundId}/survey/close", new { }), 409,
            "survey.deadline_not_reached");
        Api.Clock.Advance(TimeSpan.FromDays(31));
        using var later = await LoginAsync(adminUser);
        var closed = await JsonAsync(await later.PostAsJsonAsync($"/api/v1/admin/hardship/rounds/{roundId}/survey/close", new { voucherValidDays = 60 }), 200);
        Assert.That(closed.GetProperty("vouchersIssued").GetInt32(), Is.EqualTo(12));
        Assert.That(Str(closed, "surveyStatus"), Is.EqualTo("closed"));
        await Problem.ExpectAsync(await later.PostAsJsonAsync($"/api/v1/admin/hardship/rounds/{roundId}/survey/close", new { }), 409, "survey.closed");
        await Problem.ExpectAsync(await ChooseAsync(members[1], roundId, a), 409, "survey.closed");

        using (var wallet = WithToken(MemberToken(members[11])))
        {
            var vouchers = await JsonAsync(await wallet.GetAsync("/api/v1/me/vouchers"), 200);
            var voucher = vouchers.GetProperty("items").EnumerateArray().Single();
            Assert.That(Str(voucher, "perkKind"), Is.EqualTo("goods"));
            Assert.That(Str(voucher, "perkTitle"), Does.EndWith("B 套餐"));
            Assert.That(Str(voucher, "status"), Is.EqualTo("unused"));
        }

        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_package_choice WHERE round_id = @roundId AND voucher_id IS NOT NULL",
            new { roundId }), Is.EqualTo(12));
        // the package perks cannot be claimed or listed
        var perkId = await db.ExecuteScalarAsync<long>("SELECT perk_id FROM hardship_package WHERE id = @a", new { a });
        var bystander = await Seed.VerifiedMemberAsync(orgs.GrassrootsA1);
        using (var outsider = WithToken(MemberToken(bystander)))
        {
            var claim = await outsider.PostAsJsonAsync($"/api/v1/perks/{perkId}/claims", new { });
            Assert.That((int)claim.StatusCode, Is.GreaterThanOrEqualTo(400), await claim.Content.ReadAsStringAsync());
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher WHERE member_id = @bystander", new { bystander }), Is.Zero);
            var list = await JsonAsync(await outsider.GetAsync("/api/v1/perks"), 200);
            Assert.That(list.GetProperty("items").GetArrayLength(), Is.Zero);
        }
    }

    [Test]
    public async Task Only_registered_members_of_the_round_subtree_choose_and_only_the_round_packages()
    {
        var orgs = await OrgsAsync();
        using var admin = await NewStaffAsync("org_admin", S(orgs.DistrictA));
        using var otherAdmin = await NewStaffAsync("org_admin", S(orgs.DistrictB));
        var (roundId, _) = await RoundAsync(admin, orgs.DistrictA, packages: true);
        var (otherRound, _) = await RoundAsync(otherAdmin, orgs.DistrictB, packages: true);
        var (a, _) = await PackageIdsAsync(admin, roundId);
        var (otherA, _) = await PackageIdsAsync(otherAdmin, otherRound);

        await Problem.ExpectAsync(await ChooseAsync(await Seed.VerifiedMemberAsync(orgs.GrassrootsA1), roundId, a), 403, "hardship.not_eligible");
        var (outsider, _) = await RegisteredMemberAsync(otherAdmin, orgs.DistrictB);
        await Problem.ExpectAsync(await ChooseAsync(outsider, roundId, a), 404, "not_found");
        var (member, householdId) = await RegisteredMemberAsync(admin, orgs.GrassrootsA1);
        await Problem.ExpectAsync(await ChooseAsync(member, roundId, otherA), 404, "not_found");
        Assert.That((int)(await ChooseAsync(member, roundId, a)).StatusCode, Is.EqualTo(200));

        // an admin outside the round's subtree sees neither its totals nor may close it
        await Problem.ExpectAsync(await otherAdmin.GetAsync($"/api/v1/admin/hardship/rounds/{roundId}/package-totals"), 404, "not_found");
        await Problem.ExpectAsync(await otherAdmin.PostAsJsonAsync($"/api/v1/admin/hardship/rounds/{roundId}/survey/close", new { }), 404, "not_found");

        // leaving the register ends eligibility
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}/exit", new { exitedOn = "2026-11-01" }), 200);
        await Problem.ExpectAsync(await ChooseAsync(member, roundId, a), 403, "hardship.not_eligible");
    }
}
