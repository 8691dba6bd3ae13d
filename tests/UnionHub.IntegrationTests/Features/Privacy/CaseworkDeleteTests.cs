using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using UnionHub.IntegrationTests.Features.Hardship;

namespace UnionHub.IntegrationTests.Features.Privacy;

/// <summary>
/// DELETE /me and GET /me/export over the casework: hardship households, declarations and objections, legal aid cases.
/// </summary>
public sealed class CaseworkDeleteTests : HardshipTest
{
    private const string HomeVisit = "入户走访记录：妻子患尿毒症每周透析三次";
    private const string IncomeCheck = "收入核对：家庭人均月收入八百元整";
    private const string HouseholdNote = "更新备注：孩子辍学在家照顾母亲";
    private const string DeclarationNote = "申报说明：丈夫工伤后失业在家";
    private const string ObjectionReason = "异议理由：隔壁邻居开了两家饭店";
    private const string CaseDescription = "案情：2026 年 3 月至 8 月工资三万五千元未发放，老板失联";
    private const string CaseNote = "律师笔记：已调取考勤记录与银行流水";

    /// <summary>A PNG whose body carries a marker that must not survive anywhere in the database.</summary>
    private static readonly byte[] Document =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes("MEDICAL-RECORD-OF-THE-TEST-MEMBER-0123456789")];

    private static ByteArrayContent Png()
    {
        var content = new ByteArrayContent(Document);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return content;
    }

    [Test]
    public async Task Delete_withdraws_open_casework_so_it_can_no_longer_be_approved_or_paid_and_erases_its_free_text_and_files()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        var districtUser = await NewStaffUserAsync("org_admin", orgs.DistrictA);
        using var district = await LoginAsync(districtUser);
        using var admin = await AdminAsync();
        var (memberId, householdId) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        var (neighbourId, _) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1, name: "李大山");
        await JsonAsync(await grassroots.PatchAsJsonAsync($"/api/v1/admin/hardship/households/{householdId}",
            new { tier = "relative", homeVisit = HomeVisit, incomeCheck = IncomeCheck, note = HouseholdNote }), 200);
        await JsonAsync(await grassroots.PostAsync($"/api/v1/admin/hardship/households/{householdId}/documents", Png()), 201);
        var (roundId, fundId) = await RoundAsync(district, orgs.DistrictA);

        // the member's declaration in its public notice, and the member's objection to the neighbour's declaration
        string declarationId;
        using (var me = WithToken(MemberToken(memberId)))
        {
            declarationId = Str(await JsonAsync(await me.PostAsJsonAsync("/api/v1/hardship/declarations", new { roundId, note = DeclarationNote }), 201), "id");
            await JsonAsync(await me.PostAsync($"/api/v1/me/hardship/declarations/{declarationId}/documents", Png()), 201);
        }

        var neighbourDeclaration = await DeclareAsMemberAsync(neighbourId, roundId);
        foreach (var d in new[] { declarationId, neighbourDeclaration })
        {
            await JsonAsync(await ReviewAsync(grassroots, d, "grassroots-review"), 200);
            await JsonAsync(await ReviewAsync(district, d, "district-review"), 200);
        }

        string caseId;
        using (var me = WithToken(MemberToken(memberId)))
        {
            await JsonAsync(await me.PostAsJsonAsync($"/api/v1/hardship/declarations/{neighbourDeclaration}/objections", new { reason = ObjectionReason }), 201);
            caseId = Str(await JsonAsync(await me.PostAsJsonAsync("/api/v1/legal-aid/cases", new
            {
                disputeType = "wage_arrears", employerName = "某某建筑劳务有限公司", amountAtStakeFen = 3_500_000L, description = CaseDescription, urgent = false,
            }), 201), "id");
            await JsonAsync(await me.PostAsync($"/api/v1/me/legal-aid/cases/{caseId}/documents", Png()), 201);
        }

        await JsonAsync(await admin.PostAsync($"/api/v1/admin/legal-aid/cases/{caseId}/accept", null), 200);
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/legal-aid/cases/{caseId}/notes",
            new { notedOn = DateOnly.FromDateTime(Api.Clock.GetUtcNow().UtcDateTime), text = CaseNote }), 200);

        // the export holds the casework
        using (var me = WithToken(MemberToken(memberId)))
        {
            var export = await JsonAsync(await me.GetAsync("/api/v1/me/export"), 200);
            var hardship = export.GetProperty("hardship");
            Assert.Multiple(() =>
            {
                Assert.That(Str(hardship.GetProperty("households")[0], "homeVisit"), Is.EqualTo(HomeVisit));
                Assert.That(hardship.GetProperty("households")[0].GetProperty("documents").GetArrayLength(), Is.EqualTo(1));
                Assert.That(Str(hardship.GetProperty("declarations")[0], "id"), Is.EqualTo(declarationId));
                Assert.That(Str(hardship.GetProperty("declarations")[0], "note"), Is.EqualTo(DeclarationNote));
                Assert.That(Str(hardship.GetProperty("objections")[0], "reason"), Is.EqualTo(ObjectionReason));
                Assert.That(Str(hardship.GetProperty("objections")[0], "declarationId"), Is.EqualTo(neighbourDeclaration));
                var legal = export.GetProperty("legalAidCases")[0];
                Assert.That(Str(legal, "id"), Is.EqualTo(caseId));
                Assert.That(Str(legal, "description"), Is.EqualTo(CaseDescription));
                Assert.That(Str(legal.GetProperty("notes")[0], "text"), Is.EqualTo(CaseNote));
                Assert.That(legal.GetProperty("documents").GetArrayLength(), Is.EqualTo(1));
            });
        }

        using (var anonymous = Anonymous())
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me") { Content = JsonContent.Create(new { confirm = "DELETE" }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MemberToken(memberId));
            var deleted = await anonymous.SendAsync(request);
            Assert.That((int)deleted.StatusCode, Is.EqualTo(204), await deleted.Content.ReadAsStringAsync());
        }

        // after the notice: the member's declaration cannot be approved, nothing is booked, nothing can be paid;
        // the neighbour's declaration is no longer blocked by the withdrawn objection
        AdvanceTo((await NoticeEndAsync(declarationId)).AddMinutes(1));
        using var districtAfter = await LoginAsync(districtUser);
        await Problem.ExpectAsync(await ApproveAsync(districtAfter, declarationId), 409, "declaration.withdrawn");
        await JsonAsync(await ApproveAsync(districtAfter, neighbourDeclaration), 200);
        await using var db = await DbAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_award WHERE member_id = @memberId", new { memberId }), Is.Zero);
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application WHERE member_id = @memberId", new { memberId }), Is.Zero,
                "no application carries money to the pseudonym, so no disbursement can be proposed");
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT granted_fen FROM fund WHERE id = @fundId", new { fundId }), Is.EqualTo(300_000),
                "only the neighbour's award is granted");
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM hardship_declaration WHERE id = @declarationId", new { declarationId }),
                Is.EqualTo("withdrawn"));
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM hardship_objection WHERE member_id = @memberId", new { memberId }),
                Is.EqualTo("withdrawn"));
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT CONCAT(status, '/', outcome) FROM legal_case WHERE id = @caseId", new { caseId }),
                Is.EqualTo("closed/withdrawn"));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_household WHERE id = @householdId AND open_key IS NULL",
                new { householdId }), Is.EqualTo(1), "taken off the register");
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_declaration_document WHERE declaration_id = @declarationId",
                new { declarationId }), Is.Zero, "the documents attached to the declaration are deleted");
        });

        var dump = await DumpAsync("hardship_household", "hardship_household_history", "hardship_document", "hardship_declaration",
            "hardship_declaration_document", "hardship_declaration_history", "hardship_objection", "legal_case", "legal_case_note", "legal_case_document", "legal_case_history",
            "audit_log", "idempotency_key", "notification_outbox");
        Assert.That(dump, Does.Contain("hardship_declaration:"), "the dump sees the rows");
        foreach (var secret in new[] { HomeVisit, IncomeCheck, HouseholdNote, DeclarationNote, ObjectionReason, CaseDescription, CaseNote })
        {
            Assert.That(dump, Does.Not.Contain(secret), secret);
            Assert.That(dump, Does.Not.Contain(DatabaseDump.Hex(secret)), "hex of " + secret);
        }

        Assert.That(dump, Does.Not.Contain(Convert.ToHexString(Document[8..])), "no bytes of the uploaded documents");
    }

    private static async Task<string> DumpAsync(params string[] tables)
    {
        await using var db = await DbAsync();
        return await DatabaseDump.TablesAsync(db, tables);
    }
}
