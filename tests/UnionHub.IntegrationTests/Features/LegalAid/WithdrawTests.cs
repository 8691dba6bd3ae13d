using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.LegalAid;

/// <summary>POST /me/legal-aid/cases/{id}/withdraw, and what the member sees of the assigned lawyer.</summary>
public sealed class WithdrawTests : LegalAidTest
{
    private static string Withdraw(string id) => $"/api/v1/me/legal-aid/cases/{id}/withdraw";
    private static string Admin(string id, string action = "") => $"/api/v1/admin/legal-aid/cases/{id}{action}";

    private static async Task<(string Status, string? Outcome, int History)> RowAsync(string caseId)
    {
        await using var db = await DbAsync();
        var (status, outcome) = await db.QuerySingleAsync<(string, string?)>("SELECT status, outcome FROM legal_case WHERE id = @caseId", new { caseId });
        return (status, outcome, await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM legal_case_history WHERE case_id = @caseId", new { caseId }));
    }

    [Test]
    public async Task A_submitted_application_is_withdrawn_once_and_again_answers_the_same()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        var id = (await ApplyAsync(memberId)).GetProperty("id").GetString()!;
        using var member = WithToken(MemberToken(memberId));

        var first = await JsonAsync(await member.PostAsync(Withdraw(id), null), 200);
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("closed"));
            Assert.That(first.GetProperty("outcome").GetString(), Is.EqualTo("withdrawn"));
            Assert.That(first.GetProperty("archived").GetBoolean(), Is.True);
            Assert.That(first.GetProperty("history").EnumerateArray().Last().GetProperty("action").GetString(), Is.EqualTo("withdraw"));
        });
        Assert.That(await RowAsync(id), Is.EqualTo(("closed", (string?)"withdrawn", 2)));

        var again = await JsonAsync(await member.PostAsync(Withdraw(id), null), 200);
        Assert.That(again.GetProperty("status").GetString(), Is.EqualTo("closed"));
        Assert.That(await RowAsync(id), Is.EqualTo(("closed", (string?)"withdrawn", 2)), "no second history row");
        Assert.That((await TrailAsync(id)).Outbox, Is.EqualTo(2), "submitted + withdrawn notices");

        using var staff = await NewStaffAsync("org_admin", org.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Problem.ExpectAsync(await staff.PostAsync(Admin(id, "/accept"), null), 409, "legal_case.not_submitted");
    }

    [Test]
    public async Task After_acceptance_it_is_409_already_accepted_and_a_refused_case_is_archived()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        var accepted = (await ApplyAsync(memberId)).GetProperty("id").GetString()!;
        var refused = (await ApplyAsync(memberId, "dismissal")).GetProperty("id").GetString()!;
        using var staff = await NewStaffAsync("org_admin", org.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await JsonAsync(await staff.PostAsync(Admin(accepted, "/accept"), null), 200);
        await JsonAsync(await staff.PostAsJsonAsync(Admin(refused, "/refuse"), new { reason = "不属于劳动争议" }), 200);
        using var member = WithToken(MemberToken(memberId));

        await Problem.ExpectAsync(await member.PostAsync(Withdraw(accepted), null), 409, "legal_case.already_accepted");
        Assert.That(await RowAsync(accepted), Is.EqualTo(("consultation", (string?)null, 2)));
        await Problem.ExpectAsync(await member.PostAsync(Withdraw(refused), null), 409, "legal_case.archived");
        Assert.That(await RowAsync(refused), Is.EqualTo(("refused", (string?)null, 2)));
    }

    [Test]
    public async Task Another_members_case_is_404_and_staff_cannot_use_the_member_route()
    {
        var org = await Seed.OrgAsync();
        var owner = await Seed.VerifiedMemberAsync(org);
        var stranger = await Seed.VerifiedMemberAsync(org, "李四");
        var id = (await ApplyAsync(owner)).GetProperty("id").GetString()!;
        using var other = WithToken(MemberToken(stranger));
        await Problem.ExpectAsync(await other.PostAsync(Withdraw(id), null), 404, "not_found");
        await Problem.ExpectAsync(await other.PostAsync(Withdraw("abc"), null), 404, "not_found");
        using var staff = await NewStaffAsync("org_admin", org.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Problem.ExpectAsync(await staff.PostAsync(Withdraw(id), null), 403, "auth.forbidden");
        Assert.That(await RowAsync(id), Is.EqualTo(("submitted", (string?)null, 1)));
    }

    [Test]
    public async Task A_withdrawal_racing_an_acceptance_ends_one_way()
    {
        var org = await Seed.OrgAsync();
        using var staff = await NewStaffAsync("org_admin", org.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cases = new List<(long Member, string Id)>();
        for (var i = 0; i < 6; i++)
        {
            var memberId = await Seed.VerifiedMemberAsync(org, $"会员{i}");
            cases.Add((memberId, (await ApplyAsync(memberId)).GetProperty("id").GetString()!));
        }

        await Task.WhenAll(cases.Select(async c =>
        {
            using var member = WithToken(MemberToken(c.Member));
            var answers = await Task.WhenAll(member.PostAsync(Withdraw(c.Id), null), staff.PostAsync(Admin(c.Id, "/accept"), null));
            var (withdraw, accept) = ((int)answers[0].StatusCode, (int)answers[1].StatusCode);
            var (status, outcome, history) = await RowAsync(c.Id);
            Assert.That((withdraw, accept), Is.EqualTo((200, 409)).Or.EqualTo((409, 200)), $"case {c.Id}");
            Assert.That(history, Is.EqualTo(2), "exactly one transition recorded");
            Assert.That(status, Is.EqualTo(withdraw == 200 ? "closed" : "consultation"));
            Assert.That(outcome, Is.EqualTo(withdraw == 200 ? "withdrawn" : null));
            if (withdraw == 409)
            {
                Assert.That((await Problem.ReadAsync(answers[0])).Code, Is.EqualTo("legal_case.already_accepted"));
            }
        }));
    }

    [Test]
    public async Task The_member_sees_the_assigned_lawyers_phone_and_staff_lists_do_not()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        var id = (await ApplyAsync(memberId)).GetProperty("id").GetString()!;
        using var staff = await NewStaffAsync("org_admin", org.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (lawyer, lawyerId) = await NewPanelLawyerAsync(staff, "王建国");
        lawyer.Dispose();
        await JsonAsync(await staff.PostAsync(Admin(id, "/accept"), null), 200);
        await JsonAsync(await staff.PostAsJsonAsync(Admin(id, "/assignment"), new { lawyerId }), 200);

        using var member = WithToken(MemberToken(memberId));
        var mine = await JsonAsync(await member.GetAsync($"/api/v1/me/legal-aid/cases/{id}"), 200);
        var assigned = mine.GetProperty("lawyer");
        Assert.Multiple(() =>
        {
            Assert.That(assigned.GetProperty("name").GetString(), Is.EqualTo("王*国"));
            Assert.That(assigned.GetProperty("firm").GetString(), Is.EqualTo("北京市维权律师事务所"));
            Assert.That(assigned.GetProperty("phone").GetString(), Is.EqualTo("13911112222"));
        });
        var list = await JsonAsync(await member.GetAsync("/api/v1/me/legal-aid/cases"), 200);
        Assert.That(list.GetProperty("items")[0].GetProperty("lawyer").GetProperty("phone").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var staffView = await JsonAsync(await staff.GetAsync(Admin(id) + "?reason=test"), 200);
        Assert.That(staffView.GetProperty("lawyer").GetProperty("phone").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }
}
