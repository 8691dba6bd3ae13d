using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Consultations;

/// <summary>The 12351 consultation desk (issue #19 item 5): record, list in scope, export, follow up, convert to legal aid, yearly figures.</summary>
public sealed class ConsultationTests : ApiTest
{
    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> RecordAsync(HttpClient staff, object body) => staff.PostAsJsonAsync("/api/v1/admin/consultations", body);

    [Test]
    public async Task Staff_record_consultations_and_see_only_their_subtree_with_callers_masked()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var other = await Seed.OrgAsync("另一市总工会");
        using var districtAdmin = await NewStaffAsync("org_admin", Text(district));
        using var cityAdmin = await NewStaffAsync("org_admin", Text(city));
        using var otherAdmin = await NewStaffAsync("org_admin", Text(other));

        var created = await JsonAsync(await RecordAsync(districtAdmin, new
        {
            channel = "hotline", category = "wage_arrears", topic = "公司拖欠三个月工资，来电人手机 13711112222", callerName = "赵六",
            callerPhone = "13711112222", outcome = "告知可申请劳动仲裁，已登记回访", followUpOn = "2099-01-10",
        }), 201);
        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("orgId").GetString(), Is.EqualTo(Text(district)), "the desk is the recorder's organisation");
            Assert.That(created.GetProperty("callerName").GetString(), Is.EqualTo("赵*"));
            Assert.That(created.GetProperty("callerPhone").GetString(), Is.EqualTo("137****2222"));
            Assert.That(created.GetProperty("topic").GetString(), Does.Not.Contain("13711112222"));
            Assert.That(created.GetProperty("status").GetString(), Is.EqualTo("follow_up"), "a follow-up date makes it a follow-up");
        });
        var id = created.GetProperty("id").GetString();
        await JsonAsync(await RecordAsync(otherAdmin, new { channel = "walk_in", category = "other", topic = "咨询入会手续" }), 201);

        await using (var db = await DbAsync())
        {
            var raw = await db.QuerySingleAsync<(byte[] Name, byte[] Phone, byte[] Topic)>(
                "SELECT caller_name_enc, caller_phone_enc, topic_enc FROM consultation WHERE id = @id", new { id });
            Assert.That(System.Text.Encoding.UTF8.GetString(raw.Phone), Does.Not.Contain("13711112222"));
            Assert.That(System.Text.Encoding.UTF8.GetString(raw.Name), Does.Not.Contain("赵六"));
            Assert.That(System.Text.Encoding.UTF8.GetString(raw.Topic), Does.Not.Contain("拖欠"));
        }

        var cityList = await JsonAsync(await cityAdmin.GetAsync("/api/v1/admin/consultations"), 200);
        Assert.That(cityList.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()), Is.EqualTo(new[] { id }),
            "the parent organisation sees its district's desk, not the other city's");
        Assert.That(cityList.GetProperty("items")[0].GetProperty("outcome").ValueKind, Is.EqualTo(JsonValueKind.Null), "the list leaves the outcome out");
        Assert.That((await JsonAsync(await cityAdmin.GetAsync("/api/v1/admin/consultations?channel=walk_in"), 200)).GetProperty("items").GetArrayLength(),
            Is.Zero);
        Assert.That((await JsonAsync(await cityAdmin.GetAsync("/api/v1/admin/consultations?dueBy=2099-12-31"), 200)).GetProperty("items").GetArrayLength(),
            Is.EqualTo(1));
        await Problem.ExpectAsync(await otherAdmin.GetAsync($"/api/v1/admin/consultations/{id}?reason=核对"), 404, "not_found");
        await Problem.ExpectAsync(await cityAdmin.GetAsync($"/api/v1/admin/consultations/{id}"), 400, "access.reason_required");
        var detail = await JsonAsync(await cityAdmin.GetAsync($"/api/v1/admin/consultations/{id}?reason=回访核对"), 200);
        Assert.That(detail.GetProperty("outcome").GetString(), Is.EqualTo("告知可申请劳动仲裁，已登记回访"));

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/consultations");
        csvRequest.Headers.Add("Accept", "text/csv");
        var csv = await cityAdmin.SendAsync(csvRequest);
        Assert.That((int)csv.StatusCode, Is.EqualTo(200));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.That(text, Does.Contain("137****2222").And.Contain("赵*").And.Not.Contain("13711112222").And.Not.Contain("入会手续"));

        var closed = await JsonAsync(await cityAdmin.PutAsJsonAsync($"/api/v1/admin/consultations/{id}", new { status = "closed", outcome = "已回访，工资已补发" }), 200);
        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("closed"));
        await Problem.ExpectAsync(await otherAdmin.PutAsJsonAsync($"/api/v1/admin/consultations/{id}", new { status = "closed" }), 404, "not_found");

        await Problem.ExpectAsync(await RecordAsync(districtAdmin, new { channel = "fax", category = "other", topic = " " }), 422, "validation.failed");
        await Problem.ExpectAsync(await RecordAsync(districtAdmin, new { channel = "hotline", category = "other", topic = "t", memberId = "987654" }), 404,
            "not_found");
        await using var check = await DbAsync();
        Assert.That(await check.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM consultation"), Is.EqualTo(2));
    }

    [Test]
    public async Task A_members_consultation_becomes_a_legal_aid_case_once_and_names_it()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        using var admin = await NewStaffAsync("org_admin", Text(org));
        var consultation = await JsonAsync(await RecordAsync(admin, new
        {
            channel = "walk_in", category = "wage_arrears", topic = "被拖欠 2 个月工资共 1.2 万元", memberId = Text(member), outcome = "建议申请法律援助",
        }), 201);
        Assert.That(consultation.GetProperty("callerName").GetString(), Is.EqualTo("张*"), "a member caller shows the member's masked name");
        var id = consultation.GetProperty("id").GetString();

        var converted = await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/consultations/{id}/legal-aid-case",
            new { employerName = "某建筑公司", amountAtStakeFen = 1_200_000 }), 201);
        Assert.Multiple(() =>
        {
            Assert.That(converted.GetProperty("status").GetString(), Is.EqualTo("converted"));
            Assert.That(converted.GetProperty("convertedKind").GetString(), Is.EqualTo("legal_aid_case"));
        });
        var caseId = converted.GetProperty("convertedId").GetString();
        await using var db = await DbAsync();
        var legalCase = await db.QuerySingleAsync<(long MemberId, string Status, string DisputeType, byte[] Description, long? OrgId)>(
            "SELECT member_id, status, dispute_type, description_enc, org_id FROM legal_case WHERE id = @caseId", new { caseId });
        Assert.Multiple(() =>
        {
            Assert.That(legalCase.MemberId, Is.EqualTo(member));
            Assert.That(legalCase.Status, Is.EqualTo("submitted"));
            Assert.That(legalCase.DisputeType, Is.EqualTo("wage_arrears"), "the dispute type comes from the category");
            Assert.That(legalCase.OrgId, Is.EqualTo(org));
            Assert.That(Seed.Pii.Decrypt(legalCase.Description), Does.Contain("被拖欠 2 个月工资").And.Contain("建议申请法律援助"),
                "the consultation's topic and outcome are carried over");
        });
        var staffCase = await JsonAsync(await admin.GetAsync($"/api/v1/admin/legal-aid/cases/{caseId}?reason=咨询转入核对"), 200);
        Assert.That(staffCase.GetProperty("status").GetString(), Is.EqualTo("submitted"));

        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/consultations/{id}/legal-aid-case", new { employerName = "某建筑公司", amountAtStakeFen = 1 }),
            409, "consultation.already_converted");
        await Problem.ExpectAsync(await admin.PutAsJsonAsync($"/api/v1/admin/consultations/{id}", new { status = "closed" }), 409, "consultation.already_converted");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM legal_case"), Is.EqualTo(1), "converted once");

        var anonymous = await JsonAsync(await RecordAsync(admin, new { channel = "hotline", category = "dismissal", topic = "被违法解除合同" }), 201);
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/consultations/{anonymous.GetProperty("id").GetString()}/legal-aid-case",
            new { employerName = "某公司", amountAtStakeFen = 100 }), 422, "consultation.no_member");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM legal_case"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_members_consultation_becomes_a_relief_application_once_with_its_text_and_the_members_phone()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var outsider = await Seed.VerifiedMemberAsync(await Seed.OrgAsync());
        using var admin = await NewStaffAsync("org_admin", Text(org));
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = (await JsonAsync(await reviewer.PostAsJsonAsync("/api/v1/admin/funds", new
        {
            name = "2026 年温暖基金", kind = "warmth", year = 2026, budgetFen = 1_000_000L, maxGrantFen = 300_000L,
        }), 201)).GetProperty("id").GetString()!;
        var consultation = await JsonAsync(await RecordAsync(admin, new
        {
            channel = "hotline", category = "hardship", topic = "爱人确诊白血病，医药费缺口大", memberId = Text(member), outcome = "建议申请温暖基金",
        }), 201);
        var id = consultation.GetProperty("id").GetString();

        // the fund's own rules answer through the conversion, and nothing is written
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/consultations/{id}/fund-application",
            new { fundId, category = "lottery_win", requestedFen = 100_000L }), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/consultations/{id}/fund-application",
            new { fundId = "987654", category = "major_illness", requestedFen = 100_000L }), 404, "not_found");

        var request = new { fundId, category = "major_illness", requestedFen = 200_000L };
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            admin.PostAsJsonAsync($"/api/v1/admin/consultations/{id}/fund-application", request)));
        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == 201), Is.EqualTo(1), string.Join(",", statuses));
        Assert.That(statuses.Where(s => s != 201), Is.All.EqualTo(409), "the racing conversions are refused");
        var converted = await JsonAsync(responses.Single(r => (int)r.StatusCode == 201), 201);
        Assert.That(converted.GetProperty("convertedKind").GetString(), Is.EqualTo("fund_application"));
        var applicationId = converted.GetProperty("convertedId").GetString();

        await using var db = await DbAsync();
        var application = await db.QuerySingleAsync<(long MemberId, long FundId, string Status, byte[] Reason, byte[] Phone, long FiledBy)>(
            "SELECT member_id, fund_id, status, reason_enc, contact_phone_enc, filed_by FROM fund_application WHERE id = @applicationId", new { applicationId });
        var phone = Seed.Pii.Decrypt((await db.ExecuteScalarAsync<byte[]>("SELECT phone_enc FROM member WHERE id = @member", new { member }))!);
        Assert.Multiple(() =>
        {
            Assert.That((application.MemberId, Text(application.FundId), application.Status), Is.EqualTo((member, fundId, "submitted")));
            Assert.That(Seed.Pii.Decrypt(application.Reason), Does.Contain("爱人确诊白血病").And.Contain("建议申请温暖基金"));
            Assert.That(Seed.Pii.Decrypt(application.Phone), Is.EqualTo(phone), "the member's own phone is the contact");
        });
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application WHERE member_id = @member", new { member }), Is.EqualTo(1));
        Assert.That(Seed.Pii.Decrypt((await db.ExecuteScalarAsync<byte[]>(
            "SELECT note_enc FROM fund_application_history WHERE application_id = @applicationId ORDER BY id LIMIT 1", new { applicationId }))!),
            Does.Contain(id));

        // a consultation of a member outside the caller's organisations cannot be turned into their application
        using var federation = await AdminAsync();
        var foreign = await JsonAsync(await RecordAsync(federation, new
        {
            channel = "walk_in", category = "hardship", topic = "家中失火", memberId = Text(outsider),
        }), 201);
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/consultations/{foreign.GetProperty("id").GetString()}/fund-application",
            request), 404, "not_found");
    }

    [Test]
    public async Task The_yearly_report_counts_people_times_per_channel()
    {
        var org = await Seed.OrgAsync();
        using var admin = await NewStaffAsync("org_admin", Text(org));
        var lastYear = new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));
        foreach (var (channel, at) in new[] { ("hotline", lastYear), ("hotline", lastYear), ("online", lastYear), ("walk_in", lastYear.AddYears(-1)) })
        {
            await JsonAsync(await RecordAsync(admin, new { channel, category = "other", topic = "政策咨询", consultedAt = at }), 201);
        }

        var report = await JsonAsync(await admin.GetAsync("/api/v1/admin/reports/2025"), 200);
        var byChannel = report.GetProperty("consultations").EnumerateArray()
            .ToDictionary(c => c.GetProperty("channel").GetString()!, c => c.GetProperty("personTimes").GetInt32());
        Assert.That(byChannel, Is.EquivalentTo(new Dictionary<string, int> { ["hotline"] = 2, ["walk_in"] = 0, ["online"] = 1 }));
    }
}
