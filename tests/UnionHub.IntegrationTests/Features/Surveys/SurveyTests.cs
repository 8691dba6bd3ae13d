using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Surveys;

/// <summary>
/// Member surveys (issue 19 item 3): staff write a draft, open and close it; members of the target subtree answer once within
/// the window (racing submits store one response), each question kind validated with per-question details; staff enter paper
/// answers; results count per option and by source, as JSON and CSV; free texts are stored encrypted and read with a reason.
/// </summary>
public sealed class SurveyTests : ApiTest
{
    private static DateTimeOffset Now => Api.Clock.GetUtcNow();

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The survey's ids: q1 single (required), q2 multiple max 2 (required), q3 text max 20 (optional), q4 single (optional).</summary>
    private sealed record Ids(string Survey, string Q1, string[] Q1Options, string Q2, string[] Q2Options, string Q3, string Q4, string[] Q4Options);

    private static object Definition(long orgId, DateTimeOffset opensAt, DateTimeOffset closesAt, string title = "2026 职工需求调查") => new
    {
        title,
        description = "了解职工对工会服务的需求",
        orgId = S(orgId),
        opensAt,
        closesAt,
        questions = new object[]
        {
            new { kind = "single", prompt = "您所在企业的类型", required = true, options = new[] { "国有", "民营", "外资" } },
            new { kind = "multiple", prompt = "您最需要的服务", required = true, options = new[] { "法律援助", "子女托管", "体检", "培训" }, maxSelections = 2 },
            new { kind = "text", prompt = "其他建议", required = false, maxLength = 20 },
            new { kind = "single", prompt = "是否愿意参加活动", required = false, options = new[] { "愿意", "不愿意" } },
        },
    };

    private static Ids Read(JsonElement survey)
    {
        var q = survey.GetProperty("questions");
        string[] Options(int i) => q[i].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToArray();
        return new Ids(survey.GetProperty("id").GetString()!, q[0].GetProperty("id").GetString()!, Options(0), q[1].GetProperty("id").GetString()!,
            Options(1), q[2].GetProperty("id").GetString()!, q[3].GetProperty("id").GetString()!, Options(3));
    }

    private static async Task<Ids> OpenSurveyAsync(HttpClient staff, long orgId, TimeSpan? opensIn = null, TimeSpan? closesIn = null)
    {
        var created = await JsonAsync(await PostKeyedAsync(staff, "/api/v1/admin/surveys",
            Definition(orgId, Now.Add(opensIn ?? TimeSpan.FromMinutes(-1)), Now.Add(closesIn ?? TimeSpan.FromDays(7))), Guid.NewGuid().ToString("N")), 201);
        Assert.That(created.GetProperty("status").GetString(), Is.EqualTo("draft"));
        var ids = Read(created);
        var opened = await JsonAsync(await staff.PostAsync($"/api/v1/admin/surveys/{ids.Survey}/open", null), 200);
        Assert.That(opened.GetProperty("status").GetString(), Is.EqualTo("open"));
        return ids;
    }

    private static object Answer(Ids s, int q1 = 0, int[]? q2 = null, string? text = null, int? q4 = null) =>
        new { answers = Items(s, q1, q2, text, q4) };

    private static object[] Items(Ids s, int q1 = 0, int[]? q2 = null, string? text = null, int? q4 = null) =>
        new object?[]
        {
            new { questionId = s.Q1, optionIds = new[] { s.Q1Options[q1] } },
            new { questionId = s.Q2, optionIds = (q2 ?? [0]).Select(i => s.Q2Options[i]).ToArray() },
            text is null ? null : new { questionId = s.Q3, text },
            q4 is null ? null : new { questionId = s.Q4, optionIds = new[] { s.Q4Options[q4.Value] } },
        }.Where(a => a is not null).Select(a => a!).ToArray();

    private static async Task<long> CountAsync(string sql, object args)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<long>(sql, args);
    }

    [Test]
    public async Task Twenty_racing_submits_of_one_member_store_exactly_one_response()
    {
        var city = await Seed.OrgAsync("市总工会");
        using var staff = await NewStaffAsync("org_admin", S(city));
        var s = await OpenSurveyAsync(staff, city);
        var memberId = await Seed.VerifiedMemberAsync(city);
        using var member = WithToken(MemberToken(memberId));
        var url = $"/api/v1/surveys/{s.Survey}/answers";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => member.PostAsJsonAsync(url, Answer(s, 1, [0, 2], "希望多组织体检"))));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(c => c == 201), Is.EqualTo(1), string.Join(",", statuses));
        Assert.That(statuses.Count(c => c == 409), Is.EqualTo(19), string.Join(",", statuses));
        foreach (var loser in responses.Where(r => (int)r.StatusCode == 409))
        {
            await Problem.ExpectAsync(loser, 409, "survey.already_answered");
        }

        var args = new { survey = long.Parse(s.Survey, CultureInfo.InvariantCulture), memberId };
        Assert.That(await CountAsync("SELECT COUNT(*) FROM survey_response WHERE survey_id = @survey", args), Is.EqualTo(1));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM survey_response WHERE survey_id = @survey AND member_id = @memberId AND source = 'online'", args),
            Is.EqualTo(1));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM survey_response_choice WHERE survey_id = @survey", args), Is.EqualTo(3), "one + two options");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM survey_response_text WHERE survey_id = @survey", args), Is.EqualTo(1));

        // a second member racing with one Idempotency-Key: still one response, and a later retry replays the 201
        var otherId = await Seed.VerifiedMemberAsync(city, "李四");
        using var other = WithToken(MemberToken(otherId));
        var keyed = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PostKeyedAsync(other, url, Answer(s), "answer-1")));
        Assert.That(keyed.All(r => (int)r.StatusCode is 201 or 409), Is.True, string.Join(",", keyed.Select(r => (int)r.StatusCode)));
        Assert.That(keyed.Count(r => (int)r.StatusCode == 201), Is.GreaterThanOrEqualTo(1));
        var replay = await JsonAsync(await PostKeyedAsync(other, url, Answer(s), "answer-1"), 201);
        Assert.That(replay.GetProperty("memberId").GetString(), Is.EqualTo(S(otherId)));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM survey_response WHERE survey_id = @survey AND member_id = @otherId",
            new { args.survey, otherId }), Is.EqualTo(1));
        await Problem.ExpectAsync(await other.PostAsJsonAsync(url, Answer(s)), 409, "survey.already_answered");

        var mine = await JsonAsync(await member.GetAsync($"/api/v1/surveys/{s.Survey}"), 200);
        Assert.That(mine.GetProperty("answeredAt").ValueKind, Is.EqualTo(JsonValueKind.String));
    }

    [Test]
    public async Task Each_question_kind_is_validated_with_per_question_details_and_nothing_is_half_stored()
    {
        var city = await Seed.OrgAsync("市总工会");
        using var staff = await NewStaffAsync("org_admin", S(city));
        var s = await OpenSurveyAsync(staff, city);
        var memberId = await Seed.VerifiedMemberAsync(city);
        using var member = WithToken(MemberToken(memberId));
        var url = $"/api/v1/surveys/{s.Survey}/answers";

        async Task<string[]> InvalidAsync(object body)
        {
            var problem = await Problem.ExpectAsync(await member.PostAsJsonAsync(url, body), 422, "survey.answer_invalid");
            return problem.Raw.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray();
        }

        // required questions unanswered
        Assert.That(await InvalidAsync(new { answers = Array.Empty<object>() }), Is.EquivalentTo(new[] { $"questions.{s.Q1}", $"questions.{s.Q2}" }));
        // single choice: two options; multiple: three of max two; text: too long; optional single: an option of another question
        Assert.That(await InvalidAsync(new
        {
            answers = new object[]
            {
                new { questionId = s.Q1, optionIds = new[] { s.Q1Options[0], s.Q1Options[1] } },
                new { questionId = s.Q2, optionIds = new[] { s.Q2Options[0], s.Q2Options[1], s.Q2Options[2] } },
                new { questionId = s.Q3, text = new string('长', 21) },
                new { questionId = s.Q4, optionIds = new[] { s.Q1Options[0] } },
            },
        }), Is.EquivalentTo(new[] { $"questions.{s.Q1}", $"questions.{s.Q2}", $"questions.{s.Q3}", $"questions.{s.Q4}" }));
        // multiple: the same option twice; text: options instead of text; single: text instead of an option
        Assert.That(await InvalidAsync(new
        {
            answers = new object[]
            {
                new { questionId = s.Q1, text = "国有" },
                new { questionId = s.Q2, optionIds = new[] { s.Q2Options[0], s.Q2Options[0] } },
                new { questionId = s.Q3, optionIds = new[] { s.Q1Options[0] } },
            },
        }), Is.EquivalentTo(new[] { $"questions.{s.Q1}", $"questions.{s.Q2}", $"questions.{s.Q3}" }));
        // a question of no survey, and one answered twice
        var unknown = await InvalidAsync(new
        {
            answers = new object[]
            {
                new { questionId = s.Q1, optionIds = new[] { s.Q1Options[0] } },
                new { questionId = s.Q2, optionIds = new[] { s.Q2Options[0] } },
                new { questionId = "999999999", optionIds = new[] { s.Q1Options[0] } },
                new { questionId = s.Q1, optionIds = new[] { s.Q1Options[1] } },
            },
        });
        Assert.That(unknown, Is.EquivalentTo(new[] { "answers[2].questionId", "answers[3].questionId" }));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM survey_response", new { }), Is.Zero, "no refused answer left a row");

        // the boundaries are accepted: two of max two, a text of exactly 20 characters (trimmed), the optional single skipped
        var text = "希望工会多组织体检活动，电话13912345678谢谢"[..20];
        var receipt = await JsonAsync(await member.PostAsJsonAsync(url, Answer(s, 2, [1, 3], "  " + text + "  ")), 201);
        Assert.That(receipt.GetProperty("source").GetString(), Is.EqualTo("online"));
        Assert.That(receipt.GetProperty("answeredQuestions").GetInt32(), Is.EqualTo(3));

        // the free text is stored only as personal-data ciphertext, and reads back
        await using var db = await DbAsync();
        var stored = await db.QuerySingleAsync<byte[]>("SELECT body_enc FROM survey_response_text");
        Assert.That(Encoding.UTF8.GetString(stored), Does.Not.Contain("体检"));
        Assert.That(Seed.Pii.Decrypt(stored), Is.EqualTo(text));
    }

    [Test]
    public async Task Answers_are_taken_only_while_open_and_the_states_move_once()
    {
        var city = await Seed.OrgAsync("市总工会");
        using var staff = await NewStaffAsync("org_admin", S(city));
        var memberA = await Seed.VerifiedMemberAsync(city);
        var memberB = await Seed.VerifiedMemberAsync(city, "李四");
        using var a = WithToken(MemberToken(memberA));
        using var b = WithToken(MemberToken(memberB));

        // a draft is invisible to members and editable by staff
        var draft = Read(await JsonAsync(await PostKeyedAsync(staff, "/api/v1/admin/surveys",
            Definition(city, Now.AddHours(1), Now.AddHours(2)), "survey-1"), 201));
        await Problem.ExpectAsync(await a.GetAsync($"/api/v1/surveys/{draft.Survey}"), 404, "not_found");
        await Problem.ExpectAsync(await a.PostAsJsonAsync($"/api/v1/surveys/{draft.Survey}/answers", Answer(draft)), 404, "not_found");
        Assert.That((await JsonAsync(await a.GetAsync("/api/v1/surveys"), 200)).GetProperty("items").GetArrayLength(), Is.Zero);
        await Problem.ExpectAsync(await staff.PostAsJsonAsync($"/api/v1/admin/surveys/{draft.Survey}/paper-answers", Answer(draft)), 409, "survey.not_open");
        await Problem.ExpectAsync(await staff.PostAsync($"/api/v1/admin/surveys/{draft.Survey}/close", null), 409, "survey.not_open");
        var edited = await JsonAsync(await staff.PutAsJsonAsync($"/api/v1/admin/surveys/{draft.Survey}",
            Definition(city, Now.AddHours(1), Now.AddHours(2), "2026 职工需求调查（修订）")), 200);
        Assert.That(edited.GetProperty("title").GetString(), Is.EqualTo("2026 职工需求调查（修订）"));
        var s = Read(edited);
        await JsonAsync(await staff.PostAsync($"/api/v1/admin/surveys/{s.Survey}/open", null), 200);
        await Problem.ExpectAsync(await staff.PostAsync($"/api/v1/admin/surveys/{s.Survey}/open", null), 409, "survey.not_draft");
        await Problem.ExpectAsync(await staff.PutAsJsonAsync($"/api/v1/admin/surveys/{s.Survey}", Definition(city, Now.AddHours(1), Now.AddHours(2))),
            409, "survey.not_draft");

        // open, but before its opening time
        var early = await Problem.ExpectAsync(await a.PostAsJsonAsync($"/api/v1/surveys/{s.Survey}/answers", Answer(s)), 409, "survey.not_yet_open");
        Assert.That(early.Raw.TryGetProperty("opensAt", out _), Is.True);
        Assert.That((await JsonAsync(await a.GetAsync($"/api/v1/surveys/{s.Survey}"), 200)).GetProperty("acceptingAnswers").GetBoolean(), Is.False);

        // within the window; then at its closing time (access tokens last 15 minutes: new ones after each move of the clock)
        Api.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using (var aInWindow = WithToken(MemberToken(memberA)))
        {
            await JsonAsync(await aInWindow.PostAsJsonAsync($"/api/v1/surveys/{s.Survey}/answers", Answer(s)), 201);
        }

        Api.Clock.Advance(TimeSpan.FromHours(1));
        using var bLater = WithToken(MemberToken(memberB));
        await Problem.ExpectAsync(await bLater.PostAsJsonAsync($"/api/v1/surveys/{s.Survey}/answers", Answer(s)), 409, "survey.closed");

        // closed by staff before its closing time
        using var later = await NewStaffAsync("org_admin", S(city));
        var other = await OpenSurveyAsync(later, city);
        var closed = await JsonAsync(await later.PostAsync($"/api/v1/admin/surveys/{other.Survey}/close", null), 200);
        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("closed"));
        await Problem.ExpectAsync(await later.PostAsync($"/api/v1/admin/surveys/{other.Survey}/close", null), 409, "survey.already_closed");
        await Problem.ExpectAsync(await bLater.PostAsJsonAsync($"/api/v1/surveys/{other.Survey}/answers", Answer(other)), 409, "survey.closed");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM survey_response WHERE member_id = @memberB", new { memberB }), Is.Zero);

        // a draft whose closing time passed cannot be opened
        var stale = Read(await JsonAsync(await later.PostAsJsonAsync("/api/v1/admin/surveys", Definition(city, Now, Now.AddMinutes(5))), 201));
        Api.Clock.Advance(TimeSpan.FromMinutes(6));
        await Problem.ExpectAsync(await later.PostAsync($"/api/v1/admin/surveys/{stale.Survey}/open", null), 409, "survey.window_passed");

        // a bad definition
        var bad = await Problem.ExpectAsync(await later.PostAsJsonAsync("/api/v1/admin/surveys", new
        {
            title = "x", orgId = S(city), opensAt = Now, closesAt = Now.AddDays(1),
            questions = new object[] { new { kind = "single", prompt = "只有一个选项", options = new[] { "是" } }, new { kind = "poll", prompt = "?" } },
        }), 422, "validation.failed");
        Assert.That(bad.Raw.GetProperty("errors").EnumerateObject().Select(e => e.Name),
            Is.SupersetOf(new[] { "questions[0].options", "questions[1].kind" }));
    }

    [Test]
    public async Task Members_and_staff_outside_the_target_subtree_get_404()
    {
        var city = await Seed.OrgAsync("市总工会");
        var districtA = await Seed.OrgAsync("甲区总工会", city);
        var grassroots = await Seed.OrgAsync("甲区某厂工会", districtA);
        var districtB = await Seed.OrgAsync("乙区总工会", city);
        using var staffA = await NewStaffAsync("org_admin", S(districtA));
        using var staffB = await NewStaffAsync("org_admin", S(districtB));
        var s = await OpenSurveyAsync(staffA, districtA);

        using var inside = WithToken(MemberToken(await Seed.VerifiedMemberAsync(grassroots)));
        var outsiderId = await Seed.VerifiedMemberAsync(districtB, "王五");
        using var outsider = WithToken(MemberToken(outsiderId));
        using var above = WithToken(MemberToken(await Seed.VerifiedMemberAsync(city, "赵六")));

        var listed = await JsonAsync(await inside.GetAsync("/api/v1/surveys"), 200);
        Assert.That(listed.GetProperty("items")[0].GetProperty("id").GetString(), Is.EqualTo(s.Survey));
        await JsonAsync(await inside.PostAsJsonAsync($"/api/v1/surveys/{s.Survey}/answers", Answer(s)), 201);
        foreach (var stranger in new[] { outsider, above })
        {
            Assert.That((await JsonAsync(await stranger.GetAsync("/api/v1/surveys"), 200)).GetProperty("items").GetArrayLength(), Is.Zero);
            await Problem.ExpectAsync(await stranger.GetAsync($"/api/v1/surveys/{s.Survey}"), 404, "not_found");
            await Problem.ExpectAsync(await stranger.PostAsJsonAsync($"/api/v1/surveys/{s.Survey}/answers", Answer(s)), 404, "not_found");
        }

        await Problem.ExpectAsync(await staffB.GetAsync($"/api/v1/admin/surveys/{s.Survey}"), 404, "not_found");
        await Problem.ExpectAsync(await staffB.GetAsync($"/api/v1/admin/surveys/{s.Survey}/results"), 404, "not_found");
        await Problem.ExpectAsync(await staffB.PostAsync($"/api/v1/admin/surveys/{s.Survey}/close", null), 404, "not_found");
        await Problem.ExpectAsync(await staffB.PostAsJsonAsync($"/api/v1/admin/surveys/{s.Survey}/paper-answers", Answer(s)), 404, "not_found");
        // a paper answer naming a member outside the survey's subtree
        await Problem.ExpectAsync(await staffA.PostAsJsonAsync($"/api/v1/admin/surveys/{s.Survey}/paper-answers",
            new { memberId = S(outsiderId), answers = Items(s) }), 404, "not_found");
        // staff of another district cannot target A's subtree
        await Problem.ExpectAsync(await staffB.PostAsJsonAsync("/api/v1/admin/surveys", Definition(districtA, Now, Now.AddDays(1))), 404, "not_found");
        Assert.That((await JsonAsync(await staffB.GetAsync("/api/v1/admin/surveys"), 200)).GetProperty("items").GetArrayLength(), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM survey_response", new { }), Is.EqualTo(1));
    }

    [Test]
    public async Task Paper_answers_are_counted_marked_and_attributed_and_the_results_add_up_in_json_and_csv()
    {
        var city = await Seed.OrgAsync("市总工会");
        using var staff = await NewStaffAsync("org_admin", S(city));
        var s = await OpenSurveyAsync(staff, city);
        var members = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            members.Add(await Seed.VerifiedMemberAsync(city, $"会员{i}"));
        }

        // online: q1 = 0, 0, 1; q2 = {0,1}, {1}, {1,3}; q3 text twice; q4 once
        var url = $"/api/v1/surveys/{s.Survey}/answers";
        using (var m = WithToken(MemberToken(members[0])))
        {
            await JsonAsync(await m.PostAsJsonAsync(url, Answer(s, 0, [0, 1], "希望多组织体检", 0)), 201);
        }

        using (var m = WithToken(MemberToken(members[1])))
        {
            await JsonAsync(await m.PostAsJsonAsync(url, Answer(s, 0, [1])), 201);
        }

        using (var m = WithToken(MemberToken(members[2])))
        {
            await JsonAsync(await m.PostAsJsonAsync(url, Answer(s, 1, [1, 3], "联系我13912345678")), 201);
        }

        // paper: one naming member 3, one naming nobody (after the close: late forms are still entered)
        var paper = await JsonAsync(await PostKeyedAsync(staff, $"/api/v1/admin/surveys/{s.Survey}/paper-answers",
            new { memberId = S(members[3]), answers = Items(s, 2, [2]) }, "paper-1"), 201);
        Assert.That(paper.GetProperty("source").GetString(), Is.EqualTo("paper"));
        Assert.That(paper.GetProperty("memberId").GetString(), Is.EqualTo(S(members[3])));
        var replayed = await JsonAsync(await PostKeyedAsync(staff, $"/api/v1/admin/surveys/{s.Survey}/paper-answers",
            new { memberId = S(members[3]), answers = Items(s, 2, [2]) }, "paper-1"), 201);
        Assert.That(replayed.GetProperty("id").GetString(), Is.EqualTo(paper.GetProperty("id").GetString()), "a retried entry is not counted twice");
        using (var m = WithToken(MemberToken(members[3])))
        {
            await Problem.ExpectAsync(await m.PostAsJsonAsync(url, Answer(s)), 409, "survey.already_answered");
        }

        await Problem.ExpectAsync(await staff.PostAsJsonAsync($"/api/v1/admin/surveys/{s.Survey}/paper-answers",
            new { memberId = S(members[0]), answers = Items(s) }), 409, "survey.already_answered");
        await JsonAsync(await staff.PostAsync($"/api/v1/admin/surveys/{s.Survey}/close", null), 200);
        var anonymous = await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/admin/surveys/{s.Survey}/paper-answers", Answer(s, 0, [0], "纸质问卷意见")), 201);
        Assert.That(anonymous.GetProperty("memberId").ValueKind, Is.EqualTo(JsonValueKind.Null));

        await using (var db = await DbAsync())
        {
            var rows = (await db.QueryAsync<(string Source, long? MemberId, long? EnteredBy)>(
                "SELECT source, member_id, entered_by FROM survey_response ORDER BY id")).ToList();
            Assert.That(rows.Select(r => r.Source), Is.EqualTo(new[] { "online", "online", "online", "paper", "paper" }));
            Assert.That(rows.Take(3).Select(r => r.EnteredBy), Is.All.Null);
            var enteredBy = rows[3].EnteredBy;
            Assert.That(enteredBy, Is.Not.Null);
            Assert.That(rows[4].EnteredBy, Is.EqualTo(enteredBy));
            Assert.That(paper.GetProperty("enteredBy").GetString(), Is.EqualTo(S(enteredBy!.Value)));
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT role FROM staff_user WHERE id = @enteredBy", new { enteredBy }), Is.EqualTo("org_admin"));
            Assert.That(rows[3].MemberId, Is.EqualTo(members[3]));
            Assert.That(rows[4].MemberId, Is.Null);
        }

        var results = await JsonAsync(await staff.GetAsync($"/api/v1/admin/surveys/{s.Survey}/results"), 200);
        var totals = results.GetProperty("totals");
        Assert.That((totals.GetProperty("responses").GetInt64(), totals.GetProperty("online").GetInt64(), totals.GetProperty("paper").GetInt64()),
            Is.EqualTo((5L, 3L, 2L)));
        var questions = results.GetProperty("questions");
        long[] Counts(int q) => questions[q].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("count").GetInt64()).ToArray();
        decimal[] Percents(int q) => questions[q].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("percent").GetDecimal()).ToArray();
        // q1 (single): 0,0,1 online, 2 and 0 on paper
        Assert.That(Counts(0), Is.EqualTo(new long[] { 3, 1, 1 }));
        Assert.That(questions[0].GetProperty("answered").GetInt64(), Is.EqualTo(5));
        Assert.That(Counts(0).Sum(), Is.EqualTo(questions[0].GetProperty("answered").GetInt64()), "a single choice's counts add up to its answers");
        Assert.That(Percents(0), Is.EqualTo(new[] { 60.0m, 20.0m, 20.0m }));
        // q2 (multiple): {0,1}, {1}, {1,3}, {2}, {0}
        Assert.That(Counts(1), Is.EqualTo(new long[] { 2, 3, 1, 1 }));
        Assert.That(questions[1].GetProperty("answered").GetInt64(), Is.EqualTo(5));
        Assert.That(Percents(1), Is.EqualTo(new[] { 40.0m, 60.0m, 20.0m, 20.0m }));
        // q3 (text): three texts; q4 (optional single): one answer
        Assert.That(questions[2].GetProperty("answered").GetInt64(), Is.EqualTo(3));
        Assert.That(questions[2].GetProperty("options").GetArrayLength(), Is.Zero);
        Assert.That(Counts(3), Is.EqualTo(new long[] { 1, 0 }));
        Assert.That(Percents(3), Is.EqualTo(new[] { 100.0m, 0.0m }));

        // CSV through the shared negotiation: the same figures
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/admin/surveys/{s.Survey}/results");
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csvResponse = await staff.SendAsync(csvRequest);
        Assert.That((int)csvResponse.StatusCode, Is.EqualTo(200));
        Assert.That(csvResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with BOM");
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("row,questionNo,kind,question,option,count,percent"));
        Assert.That(lines, Does.Contain("total,,,,all,5,"));
        Assert.That(lines, Does.Contain("total,,,,online,3,"));
        Assert.That(lines, Does.Contain("total,,,,paper,2,"));
        Assert.That(lines, Does.Contain("option,1,single,\"您所在企业的类型\",\"国有\",3,60.0"));
        Assert.That(lines, Does.Contain("option,2,multiple,\"您最需要的服务\",\"子女托管\",3,60.0"));
        Assert.That(string.Join("\n", lines), Does.Not.Contain("体检活动").And.Not.Contain("纸质问卷意见"), "free texts are not exported");

        // the free texts: personal data, so a reason is required and the read is audited; numbers in them masked
        await Problem.ExpectAsync(await staff.GetAsync($"/api/v1/admin/surveys/{s.Survey}/text-answers"), 400, "access.reason_required");
        var texts = await JsonAsync(await staff.GetAsync($"/api/v1/admin/surveys/{s.Survey}/text-answers?questionId={s.Q3}&reason=年度需求分析&limit=2"), 200);
        var items = texts.GetProperty("items");
        Assert.That(items.GetArrayLength(), Is.EqualTo(2));
        Assert.That(items[0].GetProperty("text").GetString(), Is.EqualTo("纸质问卷意见"));
        Assert.That(items[0].GetProperty("source").GetString(), Is.EqualTo("paper"));
        Assert.That(items[1].GetProperty("text").GetString(), Does.StartWith("联系我").And.Not.Contain("13912345678"));
        var next = await JsonAsync(await staff.GetAsync(
            $"/api/v1/admin/surveys/{s.Survey}/text-answers?questionId={s.Q3}&reason=年度需求分析&cursor={Uri.EscapeDataString(texts.GetProperty("nextCursor").GetString()!)}"), 200);
        Assert.That(next.GetProperty("items")[0].GetProperty("text").GetString(), Is.EqualTo("希望多组织体检"));
        Assert.That(next.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'survey_text_answers.read' AND entity_id = @Survey", new { s.Survey }),
            Is.EqualTo(2));
    }
}
