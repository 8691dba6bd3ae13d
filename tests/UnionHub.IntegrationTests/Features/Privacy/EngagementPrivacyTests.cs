using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Privacy;

/// <summary>
/// GET /me/export and DELETE /me over the engagement features: activity sign-ups, survey answers, donations and consultations.
/// </summary>
public sealed class EngagementPrivacyTests : PrivacyTest
{
    private const string SurveyText = "希望工会多组织子女暑期托管，我家孩子九岁";
    private const string ConsultTopic = "咨询：公司拖欠三个月工资如何维权";
    private const string ConsultOutcome = "已告知申请劳动仲裁的流程";
    private const string DonationNote = "本人捐赠，不需要回执";

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Test]
    public async Task Export_holds_the_members_engagement_and_delete_frees_their_places_and_erases_their_free_text()
    {
        var org = await Seed.OrgAsync();
        var me = await PersonAsync(org, "欧阳明华");
        var waiting = await PersonAsync(org, "司马光远");
        var other = await PersonAsync(org, "诸葛亮亮");
        using var admin = await AdminAsync();
        var now = Api.Clock.GetUtcNow();

        // an activity with one place: the member holds it, another member waits
        var starts = now.AddDays(2);
        var activityId = (await JsonAsync(await PostKeyedAsync(admin, "/api/v1/admin/activities", new
        {
            title = "职工羽毛球赛", description = "一个名额", venue = "市工人文化宫", orgId = S(org), startsAt = starts, endsAt = starts.AddHours(1), places = 1,
        }, Guid.NewGuid().ToString("N")), 201)).GetProperty("id").GetString()!;
        foreach (var m in new[] { me.Id, waiting.Id })
        {
            using var client = WithToken(MemberToken(m));
            await JsonAsync(await client.PutAsync($"/api/v1/activities/{activityId}/signup", null), 200);
        }

        // a survey: the member and another member answer, both with free text
        var survey = await JsonAsync(await PostKeyedAsync(admin, "/api/v1/admin/surveys", new
        {
            title = "职工需求调查", description = "需求", orgId = S(org), opensAt = now.AddMinutes(-1), closesAt = now.AddDays(7),
            questions = new object[]
            {
                new { kind = "single", prompt = "您所在企业的类型", required = true, options = new[] { "国有", "民营" } },
                new { kind = "text", prompt = "其他建议", required = false, maxLength = 100 },
            },
        }, Guid.NewGuid().ToString("N")), 201);
        var surveyId = survey.GetProperty("id").GetString()!;
        var questions = survey.GetProperty("questions");
        var q1 = questions[0].GetProperty("id").GetString()!;
        var option = questions[0].GetProperty("options")[1].GetProperty("id").GetString()!;
        var q2 = questions[1].GetProperty("id").GetString()!;
        await JsonAsync(await admin.PostAsync($"/api/v1/admin/surveys/{surveyId}/open", null), 200);
        foreach (var m in new[] { me.Id, other.Id })
        {
            using var client = WithToken(MemberToken(m));
            await JsonAsync(await client.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/answers", new
            {
                answers = new object[] { new { questionId = q1, optionIds = new[] { option } }, new { questionId = q2, text = SurveyText } },
            }), 201);
        }

        // a donation by the member with contact details, and a consultation at the desk
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var donation = await JsonAsync(await PostKeyedAsync(reviewer, "/api/v1/admin/donations", new
        {
            fundId, donorKind = "member", memberId = S(me.Id), amountFen = 20_000L, channel = "cash",
            receivedOn = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime), contactName = me.Name, contactPhone = me.Phone,
            note = DonationNote,
        }, Guid.NewGuid().ToString("N")), 201);
        var consultation = await JsonAsync(await PostKeyedAsync(admin, "/api/v1/admin/consultations", new
        {
            channel = "hotline", category = "wage_arrears", topic = ConsultTopic, memberId = S(me.Id), outcome = ConsultOutcome,
        }, Guid.NewGuid().ToString("N")), 201);

        // the export holds all of it, the survey's free text in clear (it is the member's own), contacts masked
        using var mine = WithToken(MemberToken(me.Id));
        var export = await JsonAsync(await mine.GetAsync("/api/v1/me/export"), 200);
        var engagement = export.GetProperty("engagement");
        var signup = engagement.GetProperty("activitySignups").EnumerateArray().Single();
        Assert.That((signup.GetProperty("activityId").GetString(), signup.GetProperty("status").GetString()), Is.EqualTo((activityId, "confirmed")));
        var answer = engagement.GetProperty("surveyAnswers").EnumerateArray().Single();
        Assert.That(answer.GetProperty("surveyId").GetString(), Is.EqualTo(surveyId));
        var items = answer.GetProperty("answers").EnumerateArray().ToList();
        Assert.That(items.Select(i => i.GetProperty("prompt").GetString()), Is.EqualTo(new[] { "您所在企业的类型", "其他建议" }));
        Assert.That(items[0].GetProperty("choices").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "民营" }));
        Assert.That(items[1].GetProperty("text").GetString(), Is.EqualTo(SurveyText));
        var given = engagement.GetProperty("donations").EnumerateArray().Single();
        Assert.That((given.GetProperty("id").GetString(), given.GetProperty("amountFen").GetInt64()),
            Is.EqualTo((donation.GetProperty("id").GetString(), 20_000L)));
        Assert.That(given.GetProperty("receiptNo").GetString(), Is.EqualTo(donation.GetProperty("receiptNo").GetString()));
        Assert.That(given.GetProperty("contactPhoneMasked").GetString(), Does.Not.Contain(me.Phone).And.EndWith(me.Phone[^4..]));
        var consulted = engagement.GetProperty("consultations").EnumerateArray().Single();
        Assert.That((consulted.GetProperty("id").GetString(), consulted.GetProperty("topic").GetString(), consulted.GetProperty("outcome").GetString()),
            Is.EqualTo((consultation.GetProperty("id").GetString(), ConsultTopic, ConsultOutcome)));
        using (var others = WithToken(MemberToken(other.Id)))
        {
            var theirs = (await JsonAsync(await others.GetAsync("/api/v1/me/export"), 200)).GetProperty("engagement");
            Assert.That(theirs.GetProperty("activitySignups").GetArrayLength(), Is.Zero);
            Assert.That(theirs.GetProperty("donations").GetArrayLength(), Is.Zero);
            Assert.That(theirs.GetProperty("consultations").GetArrayLength(), Is.Zero);
            Assert.That(theirs.GetProperty("surveyAnswers").GetArrayLength(), Is.EqualTo(1));
        }

        // delete: the place goes to the waiting member, who is told; free text is gone, amounts and counts stay
        using (var anonymous = Anonymous())
        using (var delete = DeleteRequest(MemberToken(me.Id)))
        {
            var response = await anonymous.SendAsync(delete);
            Assert.That((int)response.StatusCode, Is.EqualTo(204), await response.Content.ReadAsStringAsync());
        }

        await using var db = await DbAsync();
        var signups = (await db.QueryAsync<(long MemberId, string Status, bool Promoted)>(
            "SELECT member_id, status, promoted FROM activity_signup WHERE activity_id = @activityId ORDER BY id", new { activityId })).ToList();
        Assert.That(signups, Is.EqualTo(new[] { (me.Id, "cancelled", false), (waiting.Id, "confirmed", true) }));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT confirmed FROM activity WHERE id = @activityId", new { activityId }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox WHERE kind = 'activity.promoted' AND member_id = @m",
            new { m = waiting.Id }), Is.EqualTo(1));

        var texts = (await db.QueryAsync<(long MemberId, byte[] Body)>("""
            SELECT r.member_id, t.body_enc FROM survey_response_text t JOIN survey_response r ON r.id = t.response_id WHERE r.survey_id = @surveyId
            """, new { surveyId })).ToList();
        Assert.That(texts.Select(t => t.MemberId), Is.EqualTo(new[] { other.Id }), "only the other member's free text is left");
        Assert.That(Seed.Pii.Decrypt(texts[0].Body), Is.EqualTo(SurveyText));
        Assert.That(await db.ExecuteScalarAsync<int>("""
            SELECT COUNT(*) FROM survey_response_choice c JOIN survey_response r ON r.id = c.response_id WHERE r.survey_id = @surveyId
            """, new { surveyId }), Is.EqualTo(2), "the options chosen still count in the results");

        var donated = await db.QuerySingleAsync<(long AmountFen, byte[]? Name, byte[]? Phone, byte[]? Note)>(
            "SELECT amount_fen, contact_name_enc, contact_phone_enc, note_enc FROM donation WHERE id = @id", new { id = donation.GetProperty("id").GetString() });
        Assert.That(donated, Is.EqualTo((20_000L, (byte[]?)null, (byte[]?)null, (byte[]?)null)));
        var desk = await db.QuerySingleAsync<(string Channel, byte[] Topic, byte[]? Outcome)>(
            "SELECT channel, topic_enc, outcome_enc FROM consultation WHERE id = @id", new { id = consultation.GetProperty("id").GetString() });
        Assert.That((desk.Channel, Seed.Pii.Decrypt(desk.Topic), desk.Outcome), Is.EqualTo(("hotline", "[erased]", (byte[]?)null)));

        var audit = await db.ExecuteScalarAsync<string>(
            "SELECT details FROM audit_log WHERE action = 'member.delete' AND entity_id = @id", new { id = S(me.Id) });
        var erased = JsonDocument.Parse(audit!).RootElement.GetProperty("engagement");
        Assert.That((erased.GetProperty("cancelledSignups").GetInt32(), erased.GetProperty("promotedFromWaitingLists").GetInt32(),
            erased.GetProperty("erasedSurveyTexts").GetInt32(), erased.GetProperty("erasedConsultations").GetInt32()), Is.EqualTo((1, 1, 1, 1)));
    }

    [Test]
    public async Task Export_lists_lottery_applications_with_their_results_and_delete_withdraws_those_not_drawn_yet()
    {
        var org = await Seed.OrgAsync();
        var me = await PersonAsync(org, "慕容春华");
        var other = await PersonAsync(org, "上官秋实");
        using var admin = await AdminAsync();
        var now = Api.Clock.GetUtcNow();

        async Task<string> LotteryAsync(string title, TimeSpan window)
        {
            var perkId = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/perks", new
            {
                kind = "goods", title = title + "奖品", stock = 5, perMemberLimit = 1, startsAt = now.AddMinutes(-1), endsAt = now.AddDays(10),
            }), 201)).GetProperty("id").GetString()!;
            var id = (await JsonAsync(await PostKeyedAsync(admin, "/api/v1/admin/lotteries", new
            {
                title, perkId, orgId = S(org), places = 1, opensAt = now.AddMinutes(1), closesAt = now.AddMinutes(1) + window,
            }, Guid.NewGuid().ToString("N")), 201)).GetProperty("id").GetString()!;
            await JsonAsync(await admin.PostAsync($"/api/v1/admin/lotteries/{id}/open", null), 200);
            return id;
        }

        var drawnId = await LotteryAsync("职工运动会门票抽签", TimeSpan.FromDays(1));
        var openId = await LotteryAsync("疗休养名额抽签", TimeSpan.FromDays(3));
        Api.Clock.Advance(TimeSpan.FromMinutes(2));
        foreach (var lottery in new[] { drawnId, openId })
        {
            foreach (var m in new[] { me.Id, other.Id })
            {
                using var client = WithToken(MemberToken(m));
                await JsonAsync(await client.PutAsync($"/api/v1/lotteries/{lottery}/application", null), 200);
            }
        }

        Api.Clock.Advance(TimeSpan.FromDays(1));
        using var drawer = await AdminAsync(); // the morning's session has expired
        var drawn = await JsonAsync(await drawer.PostAsJsonAsync($"/api/v1/admin/lotteries/{drawnId}/draw", new { seed = (string?)null }), 200);
        await using var db = await DbAsync();
        var myApplication = await db.ExecuteScalarAsync<long>(
            "SELECT id FROM lottery_application WHERE lottery_id = @drawnId AND member_id = @m", new { drawnId, m = me.Id });
        var iWon = drawn.GetProperty("winners").EnumerateArray().Any(w => w.GetString() == S(myApplication));

        using (var mine = WithToken(MemberToken(me.Id)))
        {
            var applications = (await JsonAsync(await mine.GetAsync("/api/v1/me/export"), 200)).GetProperty("engagement")
                .GetProperty("lotteryApplications").EnumerateArray()
                .ToDictionary(a => a.GetProperty("lotteryId").GetString()!, a => a.GetProperty("result").GetString());
            Assert.That(applications, Is.EqualTo(new Dictionary<string, string?> { [drawnId] = iWon ? "won" : "waiting", [openId] = "pending" }));
        }

        using (var anonymous = Anonymous())
        using (var delete = DeleteRequest(MemberToken(me.Id)))
        {
            var response = await anonymous.SendAsync(delete);
            Assert.That((int)response.StatusCode, Is.EqualTo(204), await response.Content.ReadAsStringAsync());
        }

        var left = (await db.QueryAsync<(long LotteryId, long MemberId)>(
            "SELECT lottery_id, member_id FROM lottery_application WHERE lottery_id IN @ids ORDER BY lottery_id, member_id",
            new { ids = new[] { drawnId, openId } })).ToList();
        Assert.That(left, Is.EquivalentTo(new[]
        {
            (long.Parse(drawnId, CultureInfo.InvariantCulture), me.Id), (long.Parse(drawnId, CultureInfo.InvariantCulture), other.Id),
            (long.Parse(openId, CultureInfo.InvariantCulture), other.Id),
        }), "the open lottery's application is withdrawn; the drawn one stays in its public record");
        using var anyone = Anonymous();
        var record = await JsonAsync(await anyone.GetAsync($"/api/v1/public/lotteries/{drawnId}/draw"), 200);
        Assert.That(record.GetProperty("applications").EnumerateArray().Single(a => a.GetProperty("id").GetString() == S(myApplication))
            .GetProperty("nameMasked").GetString(), Is.EqualTo("*"));
    }
}
