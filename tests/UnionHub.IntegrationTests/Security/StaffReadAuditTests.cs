using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Hardship;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Staff reads of personal data (applications and their evidence, household case files and documents, declarations, legal
/// aid cases and documents, by staff and by the case's lawyer) need a reason (<c>?reason=</c>): without one the answer is 400
/// access.reason_required and nothing is read; with one the answer is the data and an audit row says who read what and why.
/// </summary>
public sealed class StaffReadAuditTests : HardshipTest
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private static async Task<string> UploadAsync(HttpClient client, string url)
    {
        using var content = new ByteArrayContent(Png);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return Str(await JsonAsync(await client.PostAsync(url, content), 201), "id");
    }

    private sealed record AuditRow(string ActorKind, string ActorId, string Action, string Entity, string EntityId, string? Details);

    [Test]
    public async Task Every_staff_read_of_personal_data_needs_a_reason_and_is_audited_with_who_what_and_why()
    {
        var orgs = await OrgsAsync();
        using var grassroots = await NewStaffAsync("org_admin", S(orgs.GrassrootsA1));
        using var district = await LoginAsync(await NewStaffUserAsync("org_admin", orgs.DistrictA));
        using var reviewer = await NewStaffAsync("reviewer");
        using var admin = await AdminAsync();
        var (memberId, householdId) = await RegisteredMemberAsync(grassroots, orgs.GrassrootsA1);
        using var member = WithToken(MemberToken(memberId));

        var householdFile = await UploadAsync(grassroots, $"/api/v1/admin/hardship/households/{householdId}/documents");
        var applicationId = await ApplyAsync(memberId, await CreateFundAsync(reviewer));
        var evidence = await UploadAsync(member, $"/api/v1/me/fund-applications/{applicationId}/evidence");
        var (roundId, _) = await RoundAsync(district, orgs.DistrictA);
        var declarationId = await DeclareAsMemberAsync(memberId, roundId);
        var declarationFile = await UploadAsync(member, $"/api/v1/me/hardship/declarations/{declarationId}/documents");
        var caseId = Str(await JsonAsync(await member.PostAsJsonAsync("/api/v1/legal-aid/cases", new
        {
            disputeType = "injury", employerName = "某某机械厂", amountAtStakeFen = 100_000L, description = "工伤", urgent = false,
        }), 201), "id");
        var caseFile = await UploadAsync(member, $"/api/v1/me/legal-aid/cases/{caseId}/documents");
        await JsonAsync(await admin.PostAsync($"/api/v1/admin/legal-aid/cases/{caseId}/accept", null), 200);
        var (lawyer, lawyerStaffId) = await NewLawyerAsync(admin, caseId);
        using var _ = lawyer;

        var reads = new (HttpClient Client, string Url, string Entity, string EntityId, string? Parent, string? ParentId)[]
        {
            (reviewer, $"/api/v1/admin/fund-applications/{applicationId}", "fund_application", applicationId, null, null),
            (reviewer, $"/api/v1/admin/fund-applications/{applicationId}/evidence/{evidence}", "fund_evidence", evidence, "applicationId", applicationId),
            (grassroots, $"/api/v1/admin/hardship/households/{householdId}", "hardship_household", householdId, null, null),
            (grassroots, $"/api/v1/admin/hardship/households/{householdId}/documents/{householdFile}", "hardship_document", householdFile, "householdId", householdId),
            (grassroots, $"/api/v1/admin/hardship/declarations/{declarationId}", "hardship_declaration", declarationId, null, null),
            (grassroots, $"/api/v1/admin/hardship/declarations/{declarationId}/documents/{declarationFile}", "hardship_declaration_document",
                declarationFile, "declarationId", declarationId),
            (admin, $"/api/v1/admin/legal-aid/cases/{caseId}", "legal_case", caseId, null, null),
            (admin, $"/api/v1/admin/legal-aid/cases/{caseId}/documents/{caseFile}", "legal_case_document", caseFile, "caseId", caseId),
            (lawyer, $"/api/v1/lawyer/legal-aid/cases/{caseId}", "legal_case", caseId, null, null),
            (lawyer, $"/api/v1/lawyer/legal-aid/cases/{caseId}/documents/{caseFile}", "legal_case_document", caseFile, "caseId", caseId),
        };

        var staffIds = new Dictionary<HttpClient, string>
        {
            [reviewer] = StaffIdOf(reviewer), [grassroots] = StaffIdOf(grassroots), [admin] = StaffIdOf(admin),
            [lawyer] = lawyerStaffId,
        };
        foreach (var (client, url, entity, entityId, parent, parentId) in reads)
        {
            var before = await AuditRowsAsync(entity);
            await Problem.ExpectAsync(await client.GetAsync(url), 400, "access.reason_required");
            await Problem.ExpectAsync(await client.GetAsync(url + "?reason=%20%20"), 400, "access.reason_required");
            await Problem.ExpectAsync(await client.GetAsync(url + "?reason=" + new string('x', 201)), 400, "access.reason_required");
            Assert.That(await AuditRowsAsync(entity), Has.Count.EqualTo(before.Count), $"{url}: a refused read leaves no row");

            var why = $"复核 {entity} 第 {entityId} 号";
            var answer = await client.GetAsync(url + "?reason=" + Uri.EscapeDataString(why));
            Assert.That((int)answer.StatusCode, Is.EqualTo(200), $"{url}: {await answer.Content.ReadAsStringAsync()}");
            var rows = await AuditRowsAsync(entity);
            Assert.That(rows, Has.Count.EqualTo(before.Count + 1), url);
            var row = rows[^1];
            Assert.Multiple(() =>
            {
                Assert.That((row.ActorKind, row.ActorId, row.Action, row.EntityId), Is.EqualTo(("staff", staffIds[client], entity + ".read", entityId)), url);
                var details = JsonDocument.Parse(row.Details!).RootElement;
                Assert.That(details.GetProperty("reason").GetString(), Is.EqualTo(why), url);
                if (parent is not null)
                {
                    Assert.That(details.GetProperty(parent).GetString(), Is.EqualTo(parentId), url);
                }
            });
        }

        // a read the caller may not make (another org's staff) is 404 and leaves no row
        using var outsider = await NewStaffAsync("org_admin", S(orgs.DistrictB));
        var households = (await AuditRowsAsync("hardship_household")).Count;
        await Problem.ExpectAsync(await outsider.GetAsync($"/api/v1/admin/hardship/households/{householdId}?reason=look"), 404, "not_found");
        Assert.That(await AuditRowsAsync("hardship_household"), Has.Count.EqualTo(households));
    }

    private static async Task<List<AuditRow>> AuditRowsAsync(string entity)
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<AuditRow>("""
            SELECT actor_kind AS ActorKind, actor_id AS ActorId, action, entity, entity_id AS EntityId, details
            FROM audit_log WHERE entity = @entity AND action LIKE '%.read' ORDER BY id
            """, new { entity })).ToList();
    }

    /// <summary>A panel lawyer assigned to the case; returns the lawyer's client and staff user id.</summary>
    private static async Task<(HttpClient Client, string StaffUserId)> NewLawyerAsync(HttpClient admin, string caseId)
    {
        var username = $"lawyer-{Guid.NewGuid():N}"[..30];
        var staffUserId = Str(await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = Password, role = "lawyer" }), 201), "id");
        var lawyerId = Str(await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/legal-aid/lawyers", new
        {
            staffUserId, name = "李明华", firm = "北京市维权律师事务所", licenceNo = $"1110120201{Random.Shared.Next(1_000_000, 9_999_999)}", phone = "13911112222",
        }), 201), "id");
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/legal-aid/cases/{caseId}/assignment", new { lawyerId }), 200);
        return (await LoginAsync(username), staffUserId);
    }
}
