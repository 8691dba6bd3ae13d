using System.Net.Http.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Hardship;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Issue 18 item 2: a fund belongs to an organisation and only staff whose scope holds it may spend it. Before, an org_admin
/// could name any fund in a hardship round (and its approvals raised that fund's grants), and a reviewer could pay from any fund.
/// </summary>
public sealed class FundOwnershipTests : HardshipTest
{
    [Test]
    public async Task An_org_admin_cannot_name_another_orgs_fund_or_a_federation_fund_in_a_round()
    {
        var orgs = await OrgsAsync();
        using var districtB = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictB));
        using var reviewer = await NewStaffAsync("reviewer");
        var fundOfA = await CreateFundAsync(reviewer, orgId: orgs.DistrictA);
        var federationFund = await CreateFundAsync(reviewer);
        var fundOfB = await CreateFundAsync(reviewer, orgId: orgs.DistrictB);

        await Problem.ExpectAsync(await RoundWithFundAsync(districtB, orgs.DistrictB, fundOfA), 404, "not_found");
        await Problem.ExpectAsync(await RoundWithFundAsync(districtB, orgs.DistrictB, federationFund), 404, "not_found");
        Assert.That((int)(await RoundWithFundAsync(districtB, orgs.DistrictB, fundOfB)).StatusCode, Is.EqualTo(201), "its own fund: the control");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_round WHERE fund_id IN @ids",
            new { ids = new[] { fundOfA, federationFund } }), Is.Zero);
    }

    [Test]
    public async Task A_district_cannot_approve_an_award_from_a_fund_owned_above_it()
    {
        // the super_admin opened a round for district A paid from the city's fund; district A may review it but not spend the city's money
        var orgs = await OrgsAsync();
        var districtUser = await NewStaffUserAsync("org_admin", orgs.DistrictA);
        using var grassroots = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.GrassrootsA1));
        using var district = await LoginAsync(districtUser);
        using var reviewer = await NewStaffAsync("reviewer");
        using var admin = await AdminAsync();
        var cityFund = await CreateFundAsync(reviewer, budgetFen: 10_000_000, maxGrantFen: 500_000, orgId: orgs.City);
        var round = await JsonAsync(await RoundWithFundAsync(admin, orgs.DistrictA, cityFund), 201);
        var (memberId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var declarationId = await DeclareAsMemberAsync(memberId, round.GetProperty("id").GetString()!);
        await JsonAsync(await ReviewAsync(grassroots, declarationId, "grassroots-review"), 200);
        await JsonAsync(await ReviewAsync(district, declarationId, "district-review"), 200);
        AdvanceTo((await NoticeEndAsync(declarationId)).AddMinutes(1));

        using var districtLater = await LoginAsync(districtUser);
        await Problem.ExpectAsync(await ApproveAsync(districtLater, declarationId), 404, "not_found");
        await using var db = await DbAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT granted_fen FROM fund WHERE id = @cityFund", new { cityFund }), Is.Zero);
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_ledger WHERE fund_id = @cityFund", new { cityFund }), Is.Zero);
        });
        using var city = await NewStaffAsync("org_admin", S(orgs.City));
        Assert.That((int)(await ApproveAsync(city, declarationId)).StatusCode, Is.EqualTo(200), "the city itself may: the control");
    }

    [Test]
    public async Task A_reviewer_bound_to_an_org_cannot_decide_or_pay_from_another_orgs_fund()
    {
        var orgs = await OrgsAsync();
        using var federation = await NewStaffAsync("reviewer");
        using var reviewerB = await NewStaffAsync("reviewer", S(orgs.DistrictB));
        using var reviewerB2 = await NewStaffAsync("reviewer", S(orgs.DistrictB));
        var fundOfA = await CreateFundAsync(federation, orgId: orgs.DistrictA);
        var member = await Seed.VerifiedMemberAsync(orgs.GrassrootsA1);
        var app = await ApplyAsync(member, fundOfA);

        await Problem.ExpectAsync(await MeetingAsync(reviewerB, fundOfA, Decision(app, "approve", 100_000)), 404, "not_found");
        Assert.That(await StatusOfAsync(app), Is.EqualTo("submitted"));
        await Problem.ExpectAsync(await reviewerB.GetAsync($"/api/v1/admin/funds/{fundOfA}"), 404, "not_found");
        var listed = await JsonAsync(await reviewerB.GetAsync("/api/v1/admin/funds"), 200);
        Assert.That(listed.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetString()), Does.Not.Contain(fundOfA));

        // the federation's reviewer decides; B's reviewers can neither propose nor confirm the payment
        await JsonAsync(await MeetingAsync(federation, fundOfA, Decision(app, "approve", 100_000)), 201);
        await Problem.ExpectAsync(await ProposeAsync(reviewerB, app, 100_000), 404, "not_found");
        var proposal = await JsonAsync(await ProposeAsync(federation, app, 100_000), 201);
        var disbursementId = proposal.GetProperty("id").GetString()!;
        await Problem.ExpectAsync(await reviewerB2.PostAsync($"/api/v1/admin/disbursements/{disbursementId}/confirm", null), 404, "not_found");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM fund_disbursement WHERE id = @disbursementId", new { disbursementId }),
            Is.EqualTo("proposed"));
        using var federation2 = await NewStaffAsync("reviewer");
        Assert.That((int)(await federation2.PostAsync($"/api/v1/admin/disbursements/{disbursementId}/confirm", null)).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task A_reviewer_bound_to_an_org_cannot_read_or_return_another_orgs_applications()
    {
        // the review queue, one application, its evidence, its return and the meeting that decided it are the fund owner's
        var orgs = await OrgsAsync();
        using var federation = await NewStaffAsync("reviewer");
        using var reviewerA = await NewStaffAsync("reviewer", S(orgs.DistrictA));
        using var reviewerB = await NewStaffAsync("reviewer", S(orgs.DistrictB));
        var fundOfA = await CreateFundAsync(federation, orgId: orgs.DistrictA);
        var federationFund = await CreateFundAsync(federation);
        var app = await ApplyAsync(await Seed.VerifiedMemberAsync(orgs.GrassrootsA1), fundOfA);
        var decided = await ApplyAsync(await Seed.VerifiedMemberAsync(orgs.GrassrootsA1), fundOfA);
        var federal = await ApplyAsync(await Seed.VerifiedMemberAsync(orgs.GrassrootsA1), federationFund);
        await using var db = await DbAsync();
        var file = await db.ExecuteScalarAsync<long>("""
            INSERT INTO fund_evidence (application_id, content_type, size_bytes, sha256, data, created_at)
            VALUES (@app, 'application/pdf', 4, @sha, @data, NOW(6));
            SELECT LAST_INSERT_ID();
            """, new { app, sha = new byte[32], data = "%PDF"u8.ToArray() });
        var meeting = (await JsonAsync(await MeetingAsync(federation, fundOfA, Decision(decided, "approve", 100_000)), 201)).GetProperty("id").GetString();

        static async Task<List<string>> QueueAsync(HttpClient reviewer) =>
            (await JsonAsync(await reviewer.GetAsync("/api/v1/admin/fund-applications?limit=200"), 200)).GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("id").GetString()!).ToList();

        Assert.That(await QueueAsync(reviewerB), Does.Not.Contain(app).And.Not.Contain(decided).And.Not.Contain(federal));
        Assert.That(await QueueAsync(reviewerA), Does.Contain(app).And.Contain(decided).And.Not.Contain(federal), "A sees its own fund only");
        Assert.That(await QueueAsync(federation), Does.Contain(app).And.Contain(federal), "the federation sees every fund");
        await Problem.ExpectAsync(await reviewerB.GetAsync($"/api/v1/admin/fund-applications/{app}?reason=核对"), 404, "not_found");
        await Problem.ExpectAsync(await reviewerA.GetAsync($"/api/v1/admin/fund-applications/{federal}?reason=核对"), 404, "not_found");
        await Problem.ExpectAsync(await reviewerB.GetAsync($"/api/v1/admin/fund-applications/{app}/evidence/{file}?reason=核对"), 404, "not_found");
        await Problem.ExpectAsync(await reviewerB.GetAsync($"/api/v1/admin/review-meetings/{meeting}"), 404, "not_found");
        await Problem.ExpectAsync(await reviewerB.PostAsJsonAsync($"/api/v1/admin/fund-applications/{app}/return", new { note = "请补充材料" }),
            404, "not_found");
        Assert.That(await StatusOfAsync(app), Is.EqualTo("submitted"), "B returned nothing");

        // the controls: the owner's reviewer reads all of it and may return it
        Assert.That((int)(await reviewerA.GetAsync($"/api/v1/admin/fund-applications/{app}?reason=核对")).StatusCode, Is.EqualTo(200));
        Assert.That((int)(await reviewerA.GetAsync($"/api/v1/admin/fund-applications/{app}/evidence/{file}?reason=核对")).StatusCode, Is.EqualTo(200));
        Assert.That((int)(await reviewerA.GetAsync($"/api/v1/admin/review-meetings/{meeting}")).StatusCode, Is.EqualTo(200));
        Assert.That((int)(await reviewerA.PostAsJsonAsync($"/api/v1/admin/fund-applications/{app}/return", new { note = "请补充材料" })).StatusCode,
            Is.EqualTo(200));
        Assert.That(await StatusOfAsync(app), Is.EqualTo("returned"));
    }

    [Test]
    public async Task A_member_sees_and_applies_to_the_federations_funds_and_their_own_organisations_only()
    {
        var orgs = await OrgsAsync();
        using var federation = await NewStaffAsync("reviewer");
        var fundOfA = await CreateFundAsync(federation, orgId: orgs.DistrictA);
        var cityFund = await CreateFundAsync(federation, orgId: orgs.City);
        var federationFund = await CreateFundAsync(federation);
        var memberOfA = await Seed.VerifiedMemberAsync(orgs.GrassrootsA1);
        var memberOfB = await Seed.VerifiedMemberAsync(orgs.DistrictB);

        static async Task<List<string>> OpenFundsAsync(long memberId)
        {
            using var member = WithToken(MemberToken(memberId));
            return (await JsonAsync(await member.GetAsync("/api/v1/funds"), 200)).GetProperty("items").EnumerateArray()
                .Select(f => f.GetProperty("id").GetString()!).ToList();
        }

        Assert.That(await OpenFundsAsync(memberOfA), Does.Contain(fundOfA).And.Contain(cityFund).And.Contain(federationFund));
        Assert.That(await OpenFundsAsync(memberOfB), Does.Not.Contain(fundOfA).And.Contain(cityFund).And.Contain(federationFund));
        await Problem.ExpectAsync(await ApplyRawAsync(memberOfB, ApplicationBody(fundOfA)), 404, "not_found");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application WHERE member_id = @memberOfB", new { memberOfB }), Is.Zero);
        await ApplyAsync(memberOfB, cityFund);
        await ApplyAsync(memberOfA, fundOfA);
    }

    private static Task<HttpResponseMessage> RoundWithFundAsync(HttpClient staff, long orgId, string fundId)
    {
        var now = Api.Clock.GetUtcNow();
        return staff.PostAsJsonAsync("/api/v1/admin/hardship/rounds", new
        {
            orgId = S(orgId), title = "困难职工帮扶", kind = "regular", fundId, opensAt = now.AddMinutes(-1), closesAt = now.AddDays(30),
            tiers = new[] { new { tier = "deep", standardFen = 300_000L, capFen = 400_000L } },
        });
    }
}
