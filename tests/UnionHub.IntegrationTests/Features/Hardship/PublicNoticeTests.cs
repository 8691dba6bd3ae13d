using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Hardship;

public sealed class PublicNoticeTests : HardshipTest
{
    private sealed record InNotice(Orgs Orgs, string DistrictUser, long MemberId, string DeclarationId, DateTimeOffset NoticeEnd);

    private static async Task<InNotice> InNoticeAsync()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        var districtUser = await NewStaffUserAsync("org_admin", orgs.DistrictA);
        using var district = await LoginAsync(districtUser);
        var (memberId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var (roundId, _) = await RoundAsync(district, orgs.DistrictA);
        var declarationId = await DeclareAsMemberAsync(memberId, roundId);
        await JsonAsync(await ReviewAsync(grassroots, declarationId, "grassroots-review"), 200);
        await JsonAsync(await ReviewAsync(district, declarationId, "district-review"), 200);
        return new InNotice(orgs, districtUser, memberId, declarationId, await NoticeEndAsync(declarationId));
    }

    private static async Task<string> ObjectAsync(long memberId, string declarationId, string reason = "该户家中有营业门店，收入不符")
    {
        using var member = WithToken(MemberToken(memberId));
        var objection = await JsonAsync(await member.PostAsJsonAsync($"/api/v1/hardship/declarations/{declarationId}/objections", new { reason }), 201);
        Assert.That(Str(objection, "status"), Is.EqualTo("open"));
        return Str(objection, "id");
    }

    private static Task<HttpResponseMessage> ResolveAsync(HttpClient staff, string objectionId, string outcome, string note = "经核查") =>
        staff.PostAsJsonAsync($"/api/v1/admin/hardship/objections/{objectionId}/resolve", new { outcome, note });

    [Test]
    public async Task An_open_objection_blocks_approval_until_it_is_dismissed()
    {
        var n = await InNoticeAsync();
        var objector = await Seed.VerifiedMemberAsync(n.Orgs.GrassrootsA1, "赵六");
        var objectionId = await ObjectAsync(objector, n.DeclarationId);

        await using (var db = await DbAsync())
        {
            var row = await db.QuerySingleAsync<(long MemberId, string Status)>(
                "SELECT member_id, status FROM hardship_objection WHERE id = @objectionId", new { objectionId });
            Assert.That(row, Is.EqualTo((objector, "open")), "the objection is kept with the member id only");
        }

        AdvanceTo(n.NoticeEnd.AddMinutes(1));
        using var district = await LoginAsync(n.DistrictUser);
        await Problem.ExpectAsync(await ApproveAsync(district, n.DeclarationId), 409, "declaration.objection_open");
        var detail = await JsonAsync(await district.GetAsync($"/api/v1/admin/hardship/declarations/{n.DeclarationId}?reason=test"), 200);
        var shown = detail.GetProperty("objections")[0];
        Assert.That(shown.TryGetProperty("memberId", out _), Is.False, "staff do not see who objected");
        Assert.That(detail.GetProperty("openObjections").GetInt32(), Is.EqualTo(1));

        // the grassroots union may not resolve it; the district dismisses it once
        using (var grassroots = await NewStaffAsync("org_admin", S(n.Orgs.GrassrootsA1)))
        {
            await Problem.ExpectAsync(await ResolveAsync(grassroots, objectionId, "dismissed"), 403, "hardship.not_district");
        }

        using (var other = await NewStaffAsync("org_admin", S(n.Orgs.DistrictB)))
        {
            await Problem.ExpectAsync(await ResolveAsync(other, objectionId, "dismissed"), 404, "not_found");
        }

        var dismissed = await JsonAsync(await ResolveAsync(district, objectionId, "dismissed", "门店已于去年注销"), 200);
        Assert.That(Str(dismissed, "status"), Is.EqualTo("in_notice"));
        Assert.That(dismissed.GetProperty("openObjections").GetInt32(), Is.Zero);
        await Problem.ExpectAsync(await ResolveAsync(district, objectionId, "upheld"), 409, "objection.not_open");

        var approved = await JsonAsync(await ApproveAsync(district, n.DeclarationId), 200);
        Assert.That(Str(approved, "status"), Is.EqualTo("approved"));
    }

    [Test]
    public async Task An_upheld_objection_rejects_the_declaration()
    {
        var n = await InNoticeAsync();
        var first = await ObjectAsync(await Seed.VerifiedMemberAsync(n.Orgs.GrassrootsA1), n.DeclarationId);
        var second = await ObjectAsync(await Seed.VerifiedMemberAsync(n.Orgs.DistrictA), n.DeclarationId);
        using var district = await LoginAsync(n.DistrictUser);

        var upheld = await JsonAsync(await ResolveAsync(district, first, "upheld", "核实有经营收入"), 200);
        Assert.That(Str(upheld, "status"), Is.EqualTo("rejected"));
        Assert.That(await OutboxCountAsync(n.MemberId, "rejected"), Is.EqualTo(1));
        // the other objection can still be closed; the declaration stays rejected and cannot be approved
        var closed = await JsonAsync(await ResolveAsync(district, second, "dismissed", "已随前一异议处理"), 200);
        Assert.That(Str(closed, "status"), Is.EqualTo("rejected"));
        Assert.That(closed.GetProperty("openObjections").GetInt32(), Is.Zero);
        AdvanceTo(n.NoticeEnd.AddMinutes(1));
        using var later = await LoginAsync(n.DistrictUser);
        await Problem.ExpectAsync(await ApproveAsync(later, n.DeclarationId), 409, "declaration.wrong_state");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_award"), Is.Zero);
    }

    [Test]
    public async Task Objections_are_refused_after_the_notice_ends_and_from_outside_the_round()
    {
        var n = await InNoticeAsync();
        using (var outsider = WithToken(MemberToken(await Seed.VerifiedMemberAsync(n.Orgs.DistrictB))))
        {
            await Problem.ExpectAsync(await outsider.PostAsJsonAsync($"/api/v1/hardship/declarations/{n.DeclarationId}/objections",
                new { reason = "不符合" }), 404, "not_found");
        }

        var objector = await Seed.VerifiedMemberAsync(n.Orgs.GrassrootsA1);
        using (var member = WithToken(MemberToken(objector)))
        {
            await Problem.ExpectAsync(await member.PostAsJsonAsync($"/api/v1/hardship/declarations/{n.DeclarationId}/objections",
                new { reason = "" }), 422, "validation.failed");
        }

        AdvanceTo(n.NoticeEnd);
        using var late = WithToken(MemberToken(objector));
        await Problem.ExpectAsync(await late.PostAsJsonAsync($"/api/v1/hardship/declarations/{n.DeclarationId}/objections",
            new { reason = "公示结束后才看到" }), 409, "notice.not_open");
    }

    [Test]
    public async Task The_notice_counts_working_days_across_the_mid_autumn_and_national_day_holidays()
    {
        // Thursday 2026-09-24 10:00 China time. Holidays 09-25..27 and 10-01..07: the 5 working days are
        // 09-28, 09-29, 09-30, 10-08, 10-09, so the notice ends at 2026-10-10 00:00 (+08:00), a make-up working Saturday.
        var china = TimeSpan.FromHours(8);
        Api.Clock.Advance(new DateTimeOffset(2026, 9, 24, 10, 0, 0, china) - Api.Clock.GetUtcNow());
        var n = await InNoticeAsync();
        Assert.That(n.NoticeEnd, Is.EqualTo(new DateTimeOffset(2026, 10, 10, 0, 0, 0, china)));

        AdvanceTo(new DateTimeOffset(2026, 10, 9, 23, 59, 0, china));
        using (var district = await LoginAsync(n.DistrictUser))
        {
            await Problem.ExpectAsync(await ApproveAsync(district, n.DeclarationId), 409, "declaration.notice_running");
        }

        AdvanceTo(new DateTimeOffset(2026, 10, 10, 0, 0, 1, china));
        using (var district = await LoginAsync(n.DistrictUser))
        {
            await JsonAsync(await ApproveAsync(district, n.DeclarationId), 200);
        }
    }
}
