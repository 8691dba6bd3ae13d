using System.Text.Json;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Funds;
using UnionHub.IntegrationTests.Features.Perks;
using static UnionHub.IntegrationTests.Features.Notifications.NotificationTestData;

namespace UnionHub.IntegrationTests.Features.Notifications;

/// <summary>Claims write their members' notices in the batch that grants them.</summary>
public sealed class ClaimHookTests : PerkTest
{
    [Test]
    public async Task Every_granted_claim_and_only_those_enqueue_a_claim_notice()
    {
        var org = await Seed.OrgAsync();
        var members = await SeedMany.VerifiedMembersAsync(org, 60);
        var perkId = await CreatePerkAsync(stock: 40);
        var results = await ClaimAllAsync(perkId, members);
        var granted = results.Where(r => r.Status == 201).Select(r => r.Body.GetProperty("voucher").GetProperty("id").GetString()).ToList();
        Assert.That(granted, Has.Count.EqualTo(40));

        var rows = await RowsAsync(NotificationKinds.ClaimSucceeded);
        Assert.That(rows, Has.Count.EqualTo(40));
        var payloads = rows.Select(r => JsonDocument.Parse(r.Payload).RootElement).ToList();
        Assert.That(payloads.Select(p => p.GetProperty("voucherId").GetString()), Is.EquivalentTo(granted));
        Assert.That(payloads.Select(p => p.GetProperty("perkId").GetString()).Distinct(), Is.EqualTo(new[] { perkId }));
        Assert.That(payloads[0].GetProperty("perkTitle").GetString(), Is.EqualTo("端午粽子券"));
        var inbox = await InboxRowsAsync(NotificationKinds.ClaimSucceeded);
        Assert.That(inbox.Select(r => (r.MemberId, r.Payload)), Is.EquivalentTo(rows.Select(r => (r.MemberId, r.Payload))), "each notice is in the member's inbox too");
    }
}

/// <summary>Fund decisions and payments tell the applicant, in the transaction that records them.</summary>
public sealed class FundHookTests : FundsTest
{
    [Test]
    public async Task Review_decisions_and_confirmed_payments_enqueue_notices_and_a_refused_meeting_enqueues_none()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        using var second = await NewStaffAsync("reviewer");
        var fund = await CreateFundAsync(reviewer, budgetFen: 300_000);
        var alice = await NewVerifiedMemberAsync();
        var bob = await NewVerifiedMemberAsync();
        var a = await ApplyAsync(alice, fund, 200_000);
        var b = await ApplyAsync(bob, fund, 200_000);

        // over budget: nothing decided, nobody told
        await Problem.ExpectAsync(await MeetingAsync(reviewer, fund, Decision(a, "approve", 200_000), Decision(b, "approve", 200_000)),
            409, "fund.budget_exceeded");
        Assert.That(await RowsAsync(), Is.Empty);

        await JsonAsync(await MeetingAsync(reviewer, fund, Decision(a, "approve", 150_000), Decision(b, "reject")), 201);
        var decided = await RowsAsync(NotificationKinds.FundDecided);
        Assert.That(decided.Select(r => r.MemberId), Is.EqualTo(new[] { alice, bob }));
        var first = JsonDocument.Parse(decided[0].Payload).RootElement;
        Assert.That((first.GetProperty("applicationId").GetString(), first.GetProperty("decision").GetString(), first.GetProperty("grantedFen").GetInt64()),
            Is.EqualTo((a, "approved", 150_000L)));
        Assert.That(JsonDocument.Parse(decided[1].Payload).RootElement.GetProperty("decision").GetString(), Is.EqualTo("rejected"));

        var proposal = await JsonAsync(await ProposeAsync(reviewer, a, 150_000), 201);
        Assert.That(await RowsAsync(NotificationKinds.FundPaid), Is.Empty, "a proposal is not a payment");
        var disbursementId = proposal.GetProperty("id").GetString();
        await JsonAsync(await second.PostAsync($"/api/v1/admin/disbursements/{disbursementId}/confirm", null), 200);
        var paid = await RowsAsync(NotificationKinds.FundPaid);
        Assert.That(paid.Select(r => r.MemberId), Is.EqualTo(new[] { alice }));
        var body = JsonDocument.Parse(paid[0].Payload).RootElement;
        Assert.That((body.GetProperty("amountFen").GetInt64(), body.GetProperty("paidInFull").GetBoolean()), Is.EqualTo((150_000L, true)));
        Assert.That((await InboxRowsAsync()).Select(r => (r.MemberId, r.Kind)),
            Is.EqualTo(new[] { (alice, NotificationKinds.FundDecided), (bob, NotificationKinds.FundDecided), (alice, NotificationKinds.FundPaid) }),
            "the refused meeting left nothing in any inbox either");
    }
}

/// <summary>A round with a needs survey tells the households on the register in its subtree, and nobody else.</summary>
public sealed class SurveyHookTests : UnionHub.IntegrationTests.Features.Hardship.HardshipTest
{
    [Test]
    public async Task Opening_a_needs_survey_tells_the_registered_households_of_the_rounds_subtree_only()
    {
        var orgs = await OrgsAsync();
        using var adminA = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictA));
        using var adminB = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictB));
        var (inside, _) = await RegisteredMemberAsync(adminA, orgs.GrassrootsA1);
        var (outside, _) = await RegisteredMemberAsync(adminB, orgs.DistrictB);
        await Seed.VerifiedMemberAsync(orgs.GrassrootsA1); // in the subtree but not on the register

        await RoundAsync(adminA, orgs.DistrictA); // no packages: no survey, no notice
        Assert.That(await InboxRowsAsync(NotificationKinds.SurveyOpened), Is.Empty);

        var (roundId, _) = await RoundAsync(adminA, orgs.DistrictA, packages: true);
        var rows = await InboxRowsAsync(NotificationKinds.SurveyOpened);
        Assert.That(rows.Select(r => r.MemberId), Is.EqualTo(new[] { inside }));
        Assert.That(rows.Select(r => r.MemberId), Does.Not.Contain(outside));
        Assert.That(JsonDocument.Parse(rows[0].Payload).RootElement.GetProperty("roundId").GetString(), Is.EqualTo(roundId));
        Assert.That((await RowsAsync(NotificationKinds.SurveyOpened)).Select(r => r.MemberId), Is.EqualTo(new[] { inside }), "and pushed");
    }
}
