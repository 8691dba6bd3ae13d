using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.Api.Features.Notifications;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Funds;
using static UnionHub.IntegrationTests.Features.Notifications.NotificationTestData;

namespace UnionHub.IntegrationTests.Features.Notifications;

/// <summary>
/// Reach beyond WeChat: important notices go by SMS (the fake provider) to members WeChat cannot reach, never in their quiet
/// hours (held, sent after) and never beyond the daily cap; members turn non-important kinds off.
/// </summary>
public sealed class ReachTests : FundsTest
{
    [SetUp]
    public void ClearSms() => Sms.Clear();

    /// <summary>Moves the test clock forward to the next hh:mm in Beijing.</summary>
    private static void AdvanceToBeijing(int hour, int minute = 0)
    {
        var now = Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        var target = new DateTimeOffset(now.Date, now.Offset).AddHours(hour).AddMinutes(minute);
        Api.Clock.Advance((target <= now ? target.AddDays(1) : target) - now);
    }

    private static async Task<string> PhoneOfAsync(long member)
    {
        await using var db = await DbAsync();
        return Seed.Pii.Decrypt((await db.ExecuteScalarAsync<byte[]>("SELECT phone_enc FROM member WHERE id = @member", new { member }))!);
    }

    /// <summary>The member's application approved (150,000 fen) and paid in full through the staff API: one fund.decided and one fund.paid notice.</summary>
    private async Task PaidAsync(long member)
    {
        using var reviewer = await NewStaffAsync("reviewer");
        using var second = await NewStaffAsync("reviewer");
        var fund = await CreateFundAsync(reviewer, budgetFen: 300_000);
        var application = await ApplyAsync(member, fund, 200_000);
        await JsonAsync(await MeetingAsync(reviewer, fund, Decision(application, "approve", 150_000)), 201);
        var proposal = await JsonAsync(await ProposeAsync(reviewer, application, 150_000), 201);
        await JsonAsync(await second.PostAsync($"/api/v1/admin/disbursements/{proposal.GetProperty("id").GetString()}/confirm", null), 200);
    }

    [Test]
    public async Task An_sms_only_members_fund_payment_makes_one_inbox_row_and_one_sms()
    {
        var member = await NewVerifiedMemberAsync(); // logged in by SMS: no mini-program openid
        await PaidAsync(member);
        AdvanceToBeijing(10);
        var wechat = new FakeNotificationSender();
        await DrainAsync(Worker(wechat));

        var paid = (await InboxRowsAsync(NotificationKinds.FundPaid)).Where(r => r.MemberId == member).ToList();
        Assert.That(paid, Has.Count.EqualTo(1));
        var texts = Sms.NoticesFor(await PhoneOfAsync(member)).Select(m => m.Code).ToList();
        Assert.That(texts, Is.EqualTo(new[] { "【工会服务】帮扶资金已发放：已向您发放帮扶资金 1500.00 元，已全部发放。" }), "one SMS, for the important kind only");
        Assert.That(wechat.Sent, Is.Empty);
        var rows = await RowsAsync();
        Assert.That(rows.Single(r => r.Kind == NotificationKinds.FundPaid).Status, Is.EqualTo("sent"));
        Assert.That(rows.Single(r => r.Kind == NotificationKinds.FundDecided), Has.Property("Status").EqualTo("skipped"),
            "a decision is not important: no SMS, and the inbox has it");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT channel FROM notification_outbox WHERE kind = @k", new { k = NotificationKinds.FundPaid }),
            Is.EqualTo("sms"));

        await DrainAsync(Worker(wechat));
        Api.Clock.Advance(TimeSpan.FromHours(3));
        await DrainAsync(Worker(wechat));
        Assert.That(Sms.NoticesFor(await PhoneOfAsync(member)), Has.Count.EqualTo(1), "never sent twice");
    }

    [Test]
    public async Task In_quiet_hours_no_sms_goes_out_and_it_is_sent_when_they_end()
    {
        var member = await NewVerifiedMemberAsync();
        await PaidAsync(member);
        var phone = await PhoneOfAsync(member);
        AdvanceToBeijing(23, 10);
        var worker = Worker(new FakeNotificationSender());
        await DrainAsync(worker);

        Assert.That(Sms.NoticesFor(phone), Is.Empty, "22:00-08:00 Beijing by default");
        var held = (await RowsAsync(NotificationKinds.FundPaid)).Single();
        Assert.That((held.Status, held.Attempts), Is.EqualTo(("pending", 0)), "held, the attempt not counted");
        var morning = Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date.AddDays(1).AddHours(8); // 08:00 Beijing next day
        Assert.That(held.NextAttemptAt, Is.EqualTo(new DateTimeOffset(morning, TimeSpan.FromHours(8)).UtcDateTime).Within(TimeSpan.FromSeconds(1)));

        AdvanceToBeijing(7, 59);
        await DrainAsync(worker);
        Assert.That(Sms.NoticesFor(phone), Is.Empty, "still quiet at 07:59");
        AdvanceToBeijing(8, 1);
        await DrainAsync(worker);
        Assert.That(Sms.NoticesFor(phone), Has.Count.EqualTo(1), "sent once the quiet hours end");
    }

    [Test]
    public async Task Parallel_workers_never_send_one_member_more_sms_a_day_than_the_cap_and_the_rest_go_out_the_next_day()
    {
        var member = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        var phone = await PhoneOfAsync(member);
        AdvanceToBeijing(10);
        for (var i = 0; i < 5; i++)
        {
            await EnqueueAsync(member, NotificationKinds.HardshipDecided);
        }

        var options = Options(batchSize: 1);
        options.SmsDailyCapPerMember = 2;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => DrainAsync(Worker(new FakeNotificationSender(), options)))));
        Assert.That(Sms.NoticesFor(phone), Has.Count.EqualTo(2), "four workers at once, still two");
        var rows = await RowsAsync();
        Assert.That(rows.Count(r => r.Status == "pending"), Is.EqualTo(3), "the others wait");

        AdvanceToBeijing(20);
        await DrainAsync(Worker(new FakeNotificationSender(), options));
        Assert.That(Sms.NoticesFor(phone), Has.Count.EqualTo(2), "not again the same day");

        AdvanceToBeijing(9); // the next day, after the quiet hours
        await DrainAsync(Worker(new FakeNotificationSender(), options));
        Assert.That(Sms.NoticesFor(phone), Has.Count.EqualTo(4), "the next day's cap");
        AdvanceToBeijing(9);
        await DrainAsync(Worker(new FakeNotificationSender(), options));
        Assert.That(Sms.NoticesFor(phone), Has.Count.EqualTo(5));
        Assert.That((await RowsAsync()).Select(r => r.Status).Distinct(), Is.EqualTo(new[] { "sent" }));
    }

    [Test]
    public async Task A_wechat_member_gets_the_subscribe_message_and_no_sms_unless_wechat_gives_up()
    {
        var member = await WeChatMemberAsync(await Seed.OrgAsync());
        await PaidAsync(member);
        var phone = await PhoneOfAsync(member);
        AdvanceToBeijing(10);
        var wechat = new FakeNotificationSender();
        await DrainAsync(Worker(wechat));
        Assert.That(wechat.Sent.Select(s => (s.Kind, s.OpenId)),
            Is.EquivalentTo(new[] { (NotificationKinds.FundDecided, $"openid-{member}"), (NotificationKinds.FundPaid, $"openid-{member}") }));
        Assert.That(Sms.NoticesFor(phone), Is.Empty);

        // WeChat keeps failing: once the important notice is dead-lettered on WeChat it goes by SMS; the other one dies
        var other = await WeChatMemberAsync(await Seed.OrgAsync());
        var paid = await EnqueueAsync(other, NotificationKinds.FundPaid);
        var decided = await EnqueueAsync(other, NotificationKinds.FundDecided);
        var failing = Worker(new FakeNotificationSender { FailAlways = true }, Options(maxAttempts: 2));
        for (var i = 0; i < 3; i++)
        {
            await DrainAsync(failing);
            Api.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.That(Sms.NoticesFor(await PhoneOfAsync(other)).Select(m => m.Code), Is.EqualTo(new[] { "【工会服务】帮扶资金已发放：已向您发放帮扶资金 1.00 元。" }));
        Assert.That(((await RowAsync(paid)).Status, (await RowAsync(decided)).Status), Is.EqualTo(("sent", "dead")));
    }

    [Test]
    public async Task Members_turn_off_non_important_kinds_only_and_set_their_quiet_hours()
    {
        var member = await WeChatMemberAsync(await Seed.OrgAsync());
        using var client = WithToken(MemberToken(member));
        var defaults = await JsonAsync(await client.GetAsync("/api/v1/me/notification-settings"), 200);
        Assert.That((defaults.GetProperty("quietHoursEnabled").GetBoolean(), defaults.GetProperty("quietFrom").GetString(),
            defaults.GetProperty("quietTo").GetString()), Is.EqualTo((true, "22:00", "08:00")));
        var kinds = defaults.GetProperty("kinds").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!);
        Assert.That(kinds.Values.All(k => k.GetProperty("enabled").GetBoolean()));
        Assert.That(kinds[NotificationKinds.FundPaid].GetProperty("canTurnOff").GetBoolean(), Is.False);
        Assert.That(kinds[NotificationKinds.ClaimSucceeded].GetProperty("canTurnOff").GetBoolean(), Is.True);

        var refused = await Problem.ExpectAsync(await client.PutAsJsonAsync("/api/v1/me/notification-settings",
            new { mutedKinds = new[] { NotificationKinds.FundPaid }, quietHoursEnabled = true, quietFrom = "22:00", quietTo = "08:00" }),
            422, "notification.kind_not_mutable");
        Assert.That(refused.Raw.GetProperty("kind").GetString(), Is.EqualTo(NotificationKinds.FundPaid));
        await Problem.ExpectAsync(await client.PutAsJsonAsync("/api/v1/me/notification-settings",
            new { mutedKinds = Array.Empty<string>(), quietHoursEnabled = true, quietFrom = "25:00", quietTo = "08:00" }), 422, "validation.failed");

        var saved = await JsonAsync(await client.PutAsJsonAsync("/api/v1/me/notification-settings",
            new { mutedKinds = new[] { NotificationKinds.ClaimSucceeded }, quietHoursEnabled = true, quietFrom = "21:30", quietTo = "07:00" }), 200);
        Assert.That((saved.GetProperty("quietFrom").GetString(), saved.GetProperty("quietTo").GetString()), Is.EqualTo(("21:30", "07:00")));
        var again = await JsonAsync(await client.GetAsync("/api/v1/me/notification-settings"), 200);
        Assert.That(again.GetProperty("kinds").EnumerateArray().Where(k => !k.GetProperty("enabled").GetBoolean()).Select(k => k.GetProperty("kind").GetString()),
            Is.EqualTo(new[] { NotificationKinds.ClaimSucceeded }));

        var muted = await EnqueueAsync(member, NotificationKinds.ClaimSucceeded);
        var kept = await EnqueueAsync(member, NotificationKinds.VoucherExpiring);
        var wechat = new FakeNotificationSender();
        await DrainAsync(Worker(wechat));
        Assert.That(wechat.Sent.Select(s => s.Kind), Is.EqualTo(new[] { NotificationKinds.VoucherExpiring }));
        Assert.That((await RowAsync(muted)).LastError, Is.EqualTo("turned off by the member"));
        Assert.That((await RowAsync(kept)).Status, Is.EqualTo("sent"));
        Assert.That((await InboxRowsAsync()).Select(r => r.Kind), Does.Contain(NotificationKinds.ClaimSucceeded), "the inbox keeps what is not pushed");
    }

    [Test]
    public async Task The_template_ids_a_mini_program_asks_consent_for_are_listed_per_kind()
    {
        using var client = WithToken(MemberToken(await Seed.VerifiedMemberAsync(await Seed.OrgAsync())));
        var served = await JsonAsync(await client.GetAsync("/api/v1/notifications/templates"), 200);
        Assert.That(served.GetProperty("items").GetArrayLength(), Is.Zero, "the test host configures no template");

        var options = new NotificationOptions();
        options.Templates[NotificationKinds.FundPaid] = new NotificationTemplate { TemplateId = " tmpl-paid " };
        options.Templates[NotificationKinds.ClaimSucceeded] = new NotificationTemplate { TemplateId = "tmpl-claim" };
        options.Templates[NotificationKinds.FundDecided] = new NotificationTemplate();
        var listed = ListNotificationTemplates.Handle(options).Value!.Items;
        Assert.That(listed.Select(t => (t.Kind, t.TemplateId, t.Important)), Is.EqualTo(new[]
        {
            (NotificationKinds.ClaimSucceeded, "tmpl-claim", false), (NotificationKinds.FundPaid, "tmpl-paid", true),
        }));
    }
}
