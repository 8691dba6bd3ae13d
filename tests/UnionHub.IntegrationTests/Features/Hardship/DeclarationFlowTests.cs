using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Hardship;

public sealed class DeclarationFlowTests : HardshipTest
{
    [Test]
    public async Task A_declaration_goes_through_grassroots_and_district_review_a_working_day_notice_and_approval_into_a_paid_award()
    {
        var orgs = await OrgsAsync();
        var grassrootsUser = await NewStaffUserAsync("org_admin", orgs.GrassrootsA1);
        var districtUser = await NewStaffUserAsync("org_admin", orgs.DistrictA);
        using var grassroots = await LoginAsync(grassrootsUser);
        using var district = await LoginAsync(districtUser);
        var (memberId, householdId) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var (roundId, fundId) = await RoundAsync(district, orgs.DistrictA);

        var declarationId = await DeclareAsMemberAsync(memberId, roundId);
        var submitted = await JsonAsync(await grassroots.GetAsync($"/api/v1/admin/hardship/declarations/{declarationId}?reason=test"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(Str(submitted, "status"), Is.EqualTo("submitted"));
            Assert.That(Str(submitted, "tier"), Is.EqualTo("deep"), "the register's tier is copied");
            Assert.That(Str(submitted, "memberNameMasked"), Is.EqualTo("王*明"));
            Assert.That(Str(submitted, "declaredBy"), Is.EqualTo("member"));
        });

        // the district cannot act before the grassroots review; the grassroots union cannot do the district's step
        await Problem.ExpectAsync(await ReviewAsync(district, declarationId, "district-review"), 409, "declaration.wrong_state");
        var afterGrassroots = await JsonAsync(await ReviewAsync(grassroots, declarationId, "grassroots-review"), 200);
        Assert.That(Str(afterGrassroots, "status"), Is.EqualTo("grassroots_approved"));
        await Problem.ExpectAsync(await ReviewAsync(grassroots, declarationId, "grassroots-review"), 409, "declaration.wrong_state");
        await Problem.ExpectAsync(await ReviewAsync(grassroots, declarationId, "district-review"), 403, "hardship.not_district");

        var inNotice = await JsonAsync(await ReviewAsync(district, declarationId, "district-review"), 200);
        Assert.That(Str(inNotice, "status"), Is.EqualTo("in_notice"));
        var noticeEnd = await NoticeEndAsync(declarationId);
        Assert.That(inNotice.GetProperty("noticeEndsAt").GetDateTimeOffset(), Is.EqualTo(noticeEnd));

        // members of the round's subtree see the notice, names masked
        using (var neighbour = WithToken(MemberToken(await Seed.VerifiedMemberAsync(orgs.GrassrootsA1, "李四"))))
        {
            var notice = await JsonAsync(await neighbour.GetAsync($"/api/v1/hardship/rounds/{roundId}/notice"), 200);
            var item = notice.GetProperty("items").EnumerateArray().Single();
            Assert.That(Str(item, "declarationId"), Is.EqualTo(declarationId));
            Assert.That(Str(item, "memberNameMasked"), Is.EqualTo("王*明"));
            Assert.That(item.GetProperty("standardFen").GetInt64(), Is.EqualTo(300_000));
        }

        using (var outsider = WithToken(MemberToken(await Seed.VerifiedMemberAsync(orgs.DistrictB))))
        {
            await Problem.ExpectAsync(await outsider.GetAsync($"/api/v1/hardship/rounds/{roundId}/notice"), 404, "not_found");
        }

        // one minute before the notice ends: refused; after it: approved with the standard amount
        AdvanceTo(noticeEnd.AddMinutes(-1));
        using (var districtLater = await LoginAsync(districtUser))
        {
            var early = await Problem.ExpectAsync(await ApproveAsync(districtLater, declarationId), 409, "declaration.notice_running");
            Assert.That(early.Raw.GetProperty("noticeEndsAt").GetDateTimeOffset(), Is.EqualTo(noticeEnd));
        }

        AdvanceTo(noticeEnd.AddMinutes(1));
        using var districtAfter = await LoginAsync(districtUser);
        await Problem.ExpectAsync(await ApproveAsync(districtAfter, declarationId, 400_001), 422, "award.over_cap");
        var approved = await JsonAsync(await ApproveAsync(districtAfter, declarationId), 200);
        Assert.That(Str(approved, "status"), Is.EqualTo("approved"));
        var award = approved.GetProperty("award");
        Assert.That(award.GetProperty("amountFen").GetInt64(), Is.EqualTo(300_000));
        var applicationId = Str(award, "fundApplicationId");
        await Problem.ExpectAsync(await ApproveAsync(districtAfter, declarationId), 409, "declaration.wrong_state");

        // the money: an approved application of the round's fund with its grant in the ledger, paid under dual control
        using var payer = await NewStaffAsync("reviewer");
        using var confirmer = await NewStaffAsync("reviewer");
        var (granted, _) = await AssertLedgerMatchesAsync(payer, fundId);
        Assert.That(granted, Is.EqualTo(300_000));
        Assert.That(await StatusOfAsync(applicationId), Is.EqualTo("approved"));
        var proposal = await JsonAsync(await ProposeAsync(payer, applicationId, 300_000), 201);
        await Problem.ExpectAsync(await payer.PostAsync($"/api/v1/admin/disbursements/{Str(proposal, "id")}/confirm", null), 403,
            "disbursement.same_user");
        await JsonAsync(await confirmer.PostAsync($"/api/v1/admin/disbursements/{Str(proposal, "id")}/confirm", null), 200);
        Assert.That(await StatusOfAsync(applicationId), Is.EqualTo("disbursed"));
        var (_, disbursed) = await AssertLedgerMatchesAsync(payer, fundId);
        Assert.That(disbursed, Is.EqualTo(300_000));

        // the member sees the outcome and was notified; every step left history and audit rows
        using (var me = WithToken(MemberToken(memberId)))
        {
            var mine = await JsonAsync(await me.GetAsync("/api/v1/me/hardship/declarations"), 200);
            Assert.That(Str(mine.GetProperty("items")[0], "status"), Is.EqualTo("approved"));
            var apps = await JsonAsync(await me.GetAsync("/api/v1/me/fund-applications"), 200);
            Assert.That(Str(apps.GetProperty("items")[0], "status"), Is.EqualTo("disbursed"), "the member follows the payment like any grant");
        }

        Assert.That(await OutboxCountAsync(memberId, "approved"), Is.EqualTo(1));
        await using var db = await DbAsync();
        var history = (await db.QueryAsync<string>(
            "SELECT to_status FROM hardship_declaration_history WHERE declaration_id = @declarationId ORDER BY id", new { declarationId })).ToList();
        Assert.That(history, Is.EqualTo(new[] { "submitted", "grassroots_approved", "in_notice", "approved" }));
        var actions = (await db.QueryAsync<string>(
            "SELECT action FROM audit_log WHERE entity = 'hardship_declaration' AND entity_id = @declarationId ORDER BY id", new { declarationId })).ToList();
        Assert.That(actions, Is.EqualTo(new[]
        {
            "hardship_declaration.declare", "hardship_declaration.read", "hardship_declaration.grassroots_review",
            "hardship_declaration.district_review", "hardship_declaration.approve",
        }));
        Assert.That(householdId, Is.Not.Empty);
    }

    [Test]
    public async Task Roles_and_scopes_are_checked_on_every_step()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var district = await NewStaffAsync("org_admin", S(orgs.DistrictA));
        using var otherDistrict = await NewStaffAsync("org_admin", S(orgs.DistrictB));
        using var reviewer = await NewStaffAsync("reviewer");
        var (memberId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var (roundId, _) = await RoundAsync(district, orgs.DistrictA);
        var declarationId = await DeclareAsMemberAsync(memberId, roundId);

        // wrong role: 403 by policy (member token, reviewer, merchant staff)
        using (var member = WithToken(MemberToken(memberId)))
        {
            Assert.That((int)(await ReviewAsync(member, declarationId, "grassroots-review")).StatusCode, Is.EqualTo(403));
            Assert.That((int)(await ApproveAsync(member, declarationId)).StatusCode, Is.EqualTo(403));
        }

        Assert.That((int)(await ReviewAsync(reviewer, declarationId, "grassroots-review")).StatusCode, Is.EqualTo(403));
        using (var merchant = await NewStaffAsync("lawyer"))
        {
            Assert.That((int)(await merchant.GetAsync($"/api/v1/admin/hardship/declarations/{declarationId}?reason=test")).StatusCode, Is.EqualTo(403));
        }

        // outside the subtree: 404, never 403
        await Problem.ExpectAsync(await otherDistrict.GetAsync($"/api/v1/admin/hardship/declarations/{declarationId}?reason=test"), 404, "not_found");
        await Problem.ExpectAsync(await ReviewAsync(otherDistrict, declarationId, "grassroots-review"), 404, "not_found");
        await Problem.ExpectAsync(await ReviewAsync(otherDistrict, declarationId, "district-review"), 404, "not_found");
        await Problem.ExpectAsync(await ApproveAsync(otherDistrict, declarationId), 404, "not_found");
        var list = await JsonAsync(await otherDistrict.GetAsync("/api/v1/admin/hardship/declarations"), 200);
        Assert.That(list.GetProperty("items").GetArrayLength(), Is.Zero);

        // a district admin may do the grassroots step, but then not the district step too
        await JsonAsync(await ReviewAsync(district, declarationId, "grassroots-review"), 200);
        await Problem.ExpectAsync(await ReviewAsync(district, declarationId, "district-review"), 403, "hardship.same_reviewer");
        using var city = await NewStaffAsync("org_admin", S(orgs.City));
        await JsonAsync(await ReviewAsync(city, declarationId, "district-review"), 200);
        await Problem.ExpectAsync(await ApproveAsync(grassroots, declarationId), 403, "hardship.not_district");
        await Problem.ExpectAsync(await ApproveAsync(district, declarationId), 409, "declaration.notice_running");
    }

    [Test]
    public async Task Rejections_close_the_declaration_notify_the_member_and_allow_a_new_declaration()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var district = await NewStaffAsync("org_admin", S(orgs.DistrictA));
        var (memberId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var (roundId, _) = await RoundAsync(district, orgs.DistrictA);
        var first = await DeclareAsMemberAsync(memberId, roundId);
        using (var member = WithToken(MemberToken(memberId)))
        {
            await Problem.ExpectAsync(await member.PostAsJsonAsync("/api/v1/hardship/declarations", new { roundId }), 409, "declaration.exists");
        }

        await Problem.ExpectAsync(await ReviewAsync(grassroots, first, "grassroots-review", "reject", null), 422, "validation.failed");
        var rejected = await JsonAsync(await ReviewAsync(grassroots, first, "grassroots-review", "reject", "材料不全"), 200);
        Assert.That(Str(rejected, "status"), Is.EqualTo("rejected"));
        Assert.That(await OutboxCountAsync(memberId, "rejected"), Is.EqualTo(1));

        // the grassroots union declares again for the member; the district rejects it
        var again = await JsonAsync(await grassroots.PostAsJsonAsync("/api/v1/admin/hardship/declarations",
            new { roundId, memberId = S(memberId), note = "补齐材料后重新申报" }), 201);
        Assert.That(Str(again, "declaredBy"), Is.EqualTo("staff"));
        var second = Str(again, "id");
        await JsonAsync(await ReviewAsync(grassroots, second, "grassroots-review"), 200);
        var districtRejected = await JsonAsync(await ReviewAsync(district, second, "district-review", "reject", "收入超过标准"), 200);
        Assert.That(Str(districtRejected, "status"), Is.EqualTo("rejected"));
        Assert.That(await OutboxCountAsync(memberId, "rejected"), Is.EqualTo(2));
        await Problem.ExpectAsync(await ReviewAsync(district, second, "district-review"), 409, "declaration.wrong_state");
    }

    [Test]
    public async Task Only_registered_members_of_the_round_subtree_declare_while_the_round_is_open()
    {
        var orgs = await OrgsAsync();
        using var district = await NewStaffAsync("org_admin", S(orgs.DistrictA));
        using var otherDistrict = await NewStaffAsync("org_admin", S(orgs.DistrictB));
        var (roundId, _) = await RoundAsync(district, orgs.DistrictA);
        var notRegistered = await Seed.VerifiedMemberAsync(orgs.GrassrootsA1);
        using (var member = WithToken(MemberToken(notRegistered)))
        {
            await Problem.ExpectAsync(await member.PostAsJsonAsync("/api/v1/hardship/declarations", new { roundId }), 409, "household.not_registered");
        }

        var (outsider, _) = await RegisteredMemberAsync(otherDistrict, orgs.DistrictB);
        using (var member = WithToken(MemberToken(outsider)))
        {
            await Problem.ExpectAsync(await member.PostAsJsonAsync("/api/v1/hardship/declarations", new { roundId }), 404, "not_found");
        }

        // a staff user cannot declare for a member outside their subtree
        var (inside, _) = await RegisteredMemberAsync(district, orgs.GrassrootsA1);
        await Problem.ExpectAsync(await otherDistrict.PostAsJsonAsync("/api/v1/admin/hardship/declarations",
            new { roundId, memberId = S(inside) }), 404, "not_found");

        Api.Clock.Advance(TimeSpan.FromDays(31));
        using var late = WithToken(MemberToken(inside));
        await Problem.ExpectAsync(await late.PostAsJsonAsync("/api/v1/hardship/declarations", new { roundId }), 409, "round.not_open");
    }
}
