using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.LegalAid;

public sealed class TransitionTests : LegalAidTest
{
    private static string Admin(string id, string action = "") => $"/api/v1/admin/legal-aid/cases/{id}{action}";
    private static string Lawyer(string id, string action = "") => $"/api/v1/lawyer/legal-aid/cases/{id}{action}";

    [Test]
    public async Task Only_staff_in_scope_accept_or_refuse_and_only_a_submitted_application()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var other = await Seed.OrgAsync("另一市总工会");
        var memberId = await Seed.VerifiedMemberAsync(district);
        var id = (await ApplyAsync(memberId)).GetProperty("id").GetString()!;

        using var reviewer = await NewStaffAsync("reviewer");
        using var foreignAdmin = await NewStaffAsync("org_admin", other.ToString());
        using var cityAdmin = await NewStaffAsync("org_admin", city.ToString());
        var (lawyer, _) = await NewLawyerAccountAsync();
        using var member = WithToken(MemberToken(memberId));
        using (lawyer)
        {
            await Problem.ExpectAsync(await lawyer.PostAsync(Admin(id, "/accept"), null), 403, "auth.forbidden");
        }

        await Problem.ExpectAsync(await reviewer.PostAsync(Admin(id, "/accept"), null), 403, "auth.forbidden");
        await Problem.ExpectAsync(await member.PostAsync(Admin(id, "/accept"), null), 403, "auth.forbidden");
        await Problem.ExpectAsync(await foreignAdmin.PostAsync(Admin(id, "/accept"), null), 404, "not_found");
        await Problem.ExpectAsync(await foreignAdmin.GetAsync(Admin(id, "?reason=test")), 404, "not_found");
        await Problem.ExpectAsync(await cityAdmin.PostAsync(Admin("999999", "/accept"), null), 404, "not_found");
        Assert.That(await StatusAsync(id), Is.EqualTo("submitted"));

        var accepted = await JsonAsync(await cityAdmin.PostAsync(Admin(id, "/accept"), null), 200);
        Assert.That(accepted.GetProperty("status").GetString(), Is.EqualTo("consultation"));
        await Problem.ExpectAsync(await cityAdmin.PostAsync(Admin(id, "/accept"), null), 409, "legal_case.not_submitted");
        await Problem.ExpectAsync(await cityAdmin.PostAsJsonAsync(Admin(id, "/refuse"), new { reason = "不符合条件" }), 409, "legal_case.not_submitted");
        Assert.That(await TrailAsync(id), Is.EqualTo((2, 1, 2)), "submit + accept in history; accept audited; two notices");

        var second = (await ApplyAsync(memberId, "dismissal")).GetProperty("id").GetString()!;
        await Problem.ExpectAsync(await cityAdmin.PostAsJsonAsync(Admin(second, "/refuse"), new { reason = " " }), 422, "validation.failed");
        var refused = await JsonAsync(await cityAdmin.PostAsJsonAsync(Admin(second, "/refuse"), new { reason = "已超过仲裁时效，建议自行咨询" }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(refused.GetProperty("status").GetString(), Is.EqualTo("refused"));
            Assert.That(refused.GetProperty("archived").GetBoolean(), Is.True);
            Assert.That(refused.GetProperty("refusalReason").GetString(), Is.EqualTo("已超过仲裁时效，建议自行咨询"));
        });
        await Problem.ExpectAsync(await cityAdmin.PostAsync(Admin(second, "/accept"), null), 409, "legal_case.not_submitted");
        await Problem.ExpectAsync(await cityAdmin.PostAsJsonAsync(Admin(second, "/close"), new { outcome = "won", recoveredFen = 0 }), 409,
            "legal_case.archived");
        var mine = await JsonAsync(await member.GetAsync($"/api/v1/me/legal-aid/cases/{second}"), 200);
        Assert.That(mine.GetProperty("status").GetString(), Is.EqualTo("refused"), "the member sees the answer");
    }

    [Test]
    public async Task Parallel_answers_to_one_application_let_exactly_one_through()
    {
        var org = await Seed.OrgAsync();
        var id = (await ApplyAsync(await Seed.VerifiedMemberAsync(org))).GetProperty("id").GetString()!;
        // created one after another: more than 5 logins of one account at once are refused (a try is taken before the hash)
        var clients = new List<HttpClient>();
        for (var i = 0; i < 6; i++)
        {
            clients.Add(await NewStaffAsync("org_admin", org.ToString()));
        }
        var responses = await Task.WhenAll(clients.Select((c, i) => i % 2 == 0
            ? c.PostAsync(Admin(id, "/accept"), null)
            : c.PostAsJsonAsync(Admin(id, "/refuse"), new { reason = "材料不全" })));
        var seen = string.Join("; ", await Task.WhenAll(responses.Select(async r => $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}")));
        Assert.That(responses.Count(r => (int)r.StatusCode == 200), Is.EqualTo(1), seen);
        Assert.That(responses.Count(r => (int)r.StatusCode == 409), Is.EqualTo(5), seen);
        var (history, audit, outbox) = await TrailAsync(id);
        Assert.That((history, audit, outbox), Is.EqualTo((2, 1, 2)), "one answer on record, not six");
        foreach (var c in clients)
        {
            c.Dispose();
        }
    }

    [Test]
    public async Task An_accepted_case_gets_a_lawyer_moves_forward_and_closes_into_the_archive()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        var (lawyer, lawyerId) = await NewPanelLawyerAsync(staff);
        var (otherLawyer, otherLawyerId) = await NewPanelLawyerAsync(staff, "赵敏");
        var id = (await ApplyAsync(memberId)).GetProperty("id").GetString()!;

        await Problem.ExpectAsync(await staff.PostAsJsonAsync(Admin(id, "/assignment"), new { lawyerId }), 409, "legal_case.not_open");
        await Problem.ExpectAsync(await staff.PostAsJsonAsync(Admin(id, "/stage"), new { stage = "mediation" }), 409, "legal_case.not_open");
        await JsonAsync(await staff.PostAsync(Admin(id, "/accept"), null), 200);
        await Problem.ExpectAsync(await staff.PostAsJsonAsync(Admin(id, "/assignment"), new { lawyerId = "999999" }), 404, "not_found");
        var assigned = await JsonAsync(await staff.PostAsJsonAsync(Admin(id, "/assignment"), new { lawyerId }), 200);
        Assert.That(assigned.GetProperty("lawyer").GetProperty("id").GetString(), Is.EqualTo(lawyerId));
        Assert.That(assigned.GetProperty("lawyer").GetProperty("name").GetString(), Is.EqualTo("李*华"), "the lawyer's name leaves masked");
        await Problem.ExpectAsync(await staff.PostAsJsonAsync(Admin(id, "/assignment"), new { lawyerId }), 409, "legal_case.already_assigned");

        // the lawyer sees only their own cases; the other lawyer gets 404 and an empty list
        var list = await JsonAsync(await lawyer.GetAsync("/api/v1/lawyer/legal-aid/cases"), 200);
        Assert.That(list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()), Is.EqualTo(new[] { id }));
        Assert.That((await JsonAsync(await otherLawyer.GetAsync("/api/v1/lawyer/legal-aid/cases"), 200)).GetProperty("items").GetArrayLength(), Is.Zero);
        await Problem.ExpectAsync(await otherLawyer.GetAsync(Lawyer(id, "?reason=test")), 404, "not_found");
        await Problem.ExpectAsync(await otherLawyer.PostAsJsonAsync(Lawyer(id, "/notes"), new { text = "试图记录" }), 404, "not_found");
        await Problem.ExpectAsync(await otherLawyer.PostAsJsonAsync(Lawyer(id, "/stage"), new { stage = "mediation" }), 404, "not_found");
        await Problem.ExpectAsync(await lawyer.GetAsync(Admin(id, "?reason=test")), 403, "auth.forbidden");
        await Problem.ExpectAsync(await staff.GetAsync(Lawyer(id, "?reason=test")), 403, "auth.forbidden");

        // stages: forward only, a labour dispute passes arbitration before litigation
        await Problem.ExpectAsync(await lawyer.PostAsJsonAsync(Lawyer(id, "/stage"), new { stage = "litigation" }), 409, "legal_case.stage_not_allowed");
        await Problem.ExpectAsync(await lawyer.PostAsJsonAsync(Lawyer(id, "/stage"), new { stage = "consultation" }), 422, "validation.failed");
        Assert.That((await JsonAsync(await lawyer.PostAsJsonAsync(Lawyer(id, "/stage"), new { stage = "mediation", note = "单位同意调解" }), 200))
            .GetProperty("status").GetString(), Is.EqualTo("mediation"));
        Assert.That((await JsonAsync(await staff.PostAsJsonAsync(Admin(id, "/stage"), new { stage = "arbitration" }), 200))
            .GetProperty("status").GetString(), Is.EqualTo("arbitration"));
        await Problem.ExpectAsync(await lawyer.PostAsJsonAsync(Lawyer(id, "/stage"), new { stage = "mediation" }), 409, "legal_case.stage_not_allowed");

        // dated notes by the lawyer and by staff; a future date is refused
        var today = DateOnly.FromDateTime(Api.Clock.GetUtcNow().ToOffset(China).DateTime);
        await JsonAsync(await lawyer.PostAsJsonAsync(Lawyer(id, "/notes"), new { notedOn = today.AddDays(-3), text = "已向劳动仲裁委提交仲裁申请" }), 200);
        await JsonAsync(await staff.PostAsJsonAsync(Admin(id, "/notes"), new { text = "工会已致函用人单位" }), 200);
        await Problem.ExpectAsync(await lawyer.PostAsJsonAsync(Lawyer(id, "/notes"), new { notedOn = today.AddDays(2), text = "未来" }), 422,
            "validation.failed");

        using var member = WithToken(MemberToken(memberId));
        var progress = await JsonAsync(await member.GetAsync($"/api/v1/me/legal-aid/cases/{id}"), 200);
        var notes = progress.GetProperty("notes").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(progress.GetProperty("status").GetString(), Is.EqualTo("arbitration"));
            Assert.That(notes.Select(n => n.GetProperty("authorKind").GetString()), Is.EqualTo(new[] { "lawyer", "staff" }));
            Assert.That(notes[0].GetProperty("notedOn").GetString(), Is.EqualTo(today.AddDays(-3).ToString("yyyy-MM-dd")));
        });

        // reassignment: the first lawyer loses sight of it
        await JsonAsync(await staff.PostAsJsonAsync(Admin(id, "/assignment"), new { lawyerId = otherLawyerId }), 200);
        await Problem.ExpectAsync(await lawyer.GetAsync(Lawyer(id, "?reason=test")), 404, "not_found");
        await JsonAsync(await otherLawyer.GetAsync(Lawyer(id, "?reason=test")), 200);

        await Problem.ExpectAsync(await otherLawyer.PostAsJsonAsync(Lawyer(id, "/close"), new { outcome = "victory", recoveredFen = 1 }), 422,
            "validation.failed");
        var closed = await JsonAsync(await otherLawyer.PostAsJsonAsync(Lawyer(id, "/close"),
            new { outcome = "partly_won", recoveredFen = 2_100_000, note = "仲裁裁决支付 2.1 万元" }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("closed"));
            Assert.That(closed.GetProperty("archived").GetBoolean(), Is.True);
            Assert.That(closed.GetProperty("outcome").GetString(), Is.EqualTo("partly_won"));
            Assert.That(closed.GetProperty("recoveredFen").GetInt64(), Is.EqualTo(2_100_000));
        });

        // archived: read-only for everybody
        await Problem.ExpectAsync(await otherLawyer.PostAsJsonAsync(Lawyer(id, "/notes"), new { text = "补充" }), 409, "legal_case.archived");
        await Problem.ExpectAsync(await staff.PostAsJsonAsync(Admin(id, "/stage"), new { stage = "litigation" }), 409, "legal_case.archived");
        await Problem.ExpectAsync(await staff.PostAsJsonAsync(Admin(id, "/close"), new { outcome = "won", recoveredFen = 0 }), 409, "legal_case.archived");
        await Problem.ExpectAsync(await staff.PostAsJsonAsync(Admin(id, "/assignment"), new { lawyerId }), 409, "legal_case.archived");
        await Problem.ExpectAsync(await member.PostAsync($"/api/v1/me/legal-aid/cases/{id}/documents", new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0])),
            409, "legal_case.archived");

        // every change: history row, audit row (staff/lawyer), member notice; all in one transaction each
        // submit, accept, assign, stage x2, note x2, reassign, close = 9 changes; all but submit are audited
        Assert.That(await TrailAsync(id), Is.EqualTo((9, 8, 9)));
        await using var db = await DbAsync();
        var actions = (await db.QueryAsync<string>("SELECT action FROM legal_case_history WHERE case_id = @id ORDER BY id", new { id })).ToList();
        Assert.That(actions, Is.EqualTo(new[] { "submit", "accept", "assign", "stage", "stage", "note", "note", "assign", "close" }));
        var kinds = (await db.QueryAsync<string>("SELECT actor_kind FROM legal_case_history WHERE case_id = @id ORDER BY id", new { id })).ToList();
        Assert.That(kinds, Is.EqualTo(new[] { "member", "staff", "staff", "lawyer", "staff", "lawyer", "staff", "staff", "lawyer" }));
        lawyer.Dispose();
        otherLawyer.Dispose();
    }

    [Test]
    public async Task A_contract_dispute_may_go_to_court_without_arbitration()
    {
        var org = await Seed.OrgAsync();
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        var id = (await ApplyAsync(await Seed.VerifiedMemberAsync(org), "contract")).GetProperty("id").GetString()!;
        await JsonAsync(await staff.PostAsync(Admin(id, "/accept"), null), 200);
        var moved = await JsonAsync(await staff.PostAsJsonAsync(Admin(id, "/stage"), new { stage = "litigation" }), 200);
        Assert.That(moved.GetProperty("status").GetString(), Is.EqualTo("litigation"));
        var closed = await JsonAsync(await staff.PostAsJsonAsync(Admin(id, "/close"), new { outcome = "withdrawn", recoveredFen = 0 }), 200);
        Assert.That(closed.GetProperty("outcome").GetString(), Is.EqualTo("withdrawn"));
    }

    [Test]
    public async Task The_lawyer_panel_takes_only_lawyer_accounts_and_masks_personal_data()
    {
        using var staff = await AdminAsync();
        using var reviewer = await NewStaffAsync("reviewer");
        var (_, staffUserId) = await NewLawyerAccountAsync();
        var body = new { staffUserId, name = "孙立人", firm = "上海劳动法律师事务所", licenceNo = "13101201911234567", phone = "13800001234" };
        await Problem.ExpectAsync(await reviewer.PostAsJsonAsync("/api/v1/admin/legal-aid/lawyers", body), 403, "auth.forbidden");
        var created = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/legal-aid/lawyers", body), 201);
        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("name").GetString(), Is.EqualTo("孙*人"));
            Assert.That(created.GetProperty("phone").GetString(), Is.EqualTo("138****1234"));
            Assert.That(created.GetProperty("licenceNo").GetString(), Is.EqualTo("13101201911******"));
            Assert.That(created.GetProperty("firm").GetString(), Is.EqualTo("上海劳动法律师事务所"));
        });
        await Problem.ExpectAsync(await staff.PostAsJsonAsync("/api/v1/admin/legal-aid/lawyers", body), 409, "lawyer.exists");

        var reviewerAccount = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/users",
            new { username = "not-a-lawyer", password = "correct horse battery", role = "reviewer" }), 201);
        await Problem.ExpectAsync(await staff.PostAsJsonAsync("/api/v1/admin/legal-aid/lawyers",
            body with { staffUserId = reviewerAccount.GetProperty("id").GetString()!, licenceNo = "13101201911234568" }), 422, "validation.failed");

        var list = await JsonAsync(await staff.GetAsync("/api/v1/admin/legal-aid/lawyers"), 200);
        Assert.That(list.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        await using var db = await DbAsync();
        var raw = await db.QuerySingleAsync<(byte[] Name, byte[] Phone)>("SELECT name_enc, phone_enc FROM legal_lawyer");
        Assert.That(System.Text.Encoding.UTF8.GetString(raw.Name), Does.Not.Contain("孙立人"));
        Assert.That(System.Text.Encoding.UTF8.GetString(raw.Phone), Does.Not.Contain("13800001234"));
    }
}
