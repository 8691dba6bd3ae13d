using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.LegalAid;

/// <summary>Helpers shared by the legal aid tests: applications, the lawyer panel, the clock, direct case seeding.</summary>
public abstract class LegalAidTest : ApiTest
{
    private static int _licence;
    protected static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Sets the test clock to an absolute instant (tokens must be issued after this).</summary>
    protected static void SetClock(DateTimeOffset at) => Api.Clock.Advance(at - Api.Clock.GetUtcNow());

    protected static object Body(string disputeType = "wage_arrears", bool urgent = false, long amountAtStakeFen = 3_500_000,
        string? enterpriseId = null, string? employerName = "某某建筑劳务有限公司") =>
        new { disputeType, enterpriseId, employerName, amountAtStakeFen, description = "2026 年 3 月至 8 月工资共 3.5 万元未发放", urgent };

    protected static async Task<HttpResponseMessage> ApplyRawAsync(long memberId, object body, string? idempotencyKey = null)
    {
        using var client = WithToken(MemberToken(memberId));
        return await PostKeyedAsync(client, "/api/v1/legal-aid/cases", body, idempotencyKey);
    }

    protected static async Task<JsonElement> ApplyAsync(long memberId, string disputeType = "wage_arrears", bool urgent = false) =>
        await JsonAsync(await ApplyRawAsync(memberId, Body(disputeType, urgent)), 201);

    /// <summary>A staff account with the lawyer role; returns its client and staff user id.</summary>
    protected static async Task<(HttpClient Client, string StaffUserId)> NewLawyerAccountAsync()
    {
        using var admin = await AdminAsync();
        var username = $"lawyer-{Guid.NewGuid():N}"[..30];
        const string password = "correct horse battery";
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password, role = "lawyer" }), 201);
        return (await StaffClientAsync(username, password), created.GetProperty("id").GetString()!);
    }

    /// <summary>A lawyer on the panel (created by <paramref name="staff"/>), with a logged-in client.</summary>
    protected static async Task<(HttpClient Client, string LawyerId)> NewPanelLawyerAsync(HttpClient staff, string name = "李明华")
    {
        var (client, staffUserId) = await NewLawyerAccountAsync();
        var licenceNo = $"1110120201{Interlocked.Increment(ref _licence):D7}";
        var lawyer = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/legal-aid/lawyers",
            new { staffUserId, name, firm = "北京市维权律师事务所", licenceNo, phone = "13911112222" }), 201);
        return (client, lawyer.GetProperty("id").GetString()!);
    }

    protected static async Task<string> StatusAsync(string caseId)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<string>("SELECT status FROM legal_case WHERE id = @caseId", new { caseId }) ?? "";
    }

    protected static async Task<(int History, int Audit, int Outbox)> TrailAsync(string caseId)
    {
        await using var db = await DbAsync();
        return (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM legal_case_history WHERE case_id = @caseId", new { caseId }),
            await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE entity = 'legal_case' AND entity_id = @caseId AND action <> 'legal_case.read'" /* changes; reads: StaffReadAuditTests */, new { caseId }),
            await db.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM notification_outbox WHERE kind = 'legal_case.progress' AND payload LIKE CONCAT('%\"caseId\":\"', @caseId, '\"%')",
                new { caseId }));
    }

    /// <summary>A case written straight into the table (for figures), times given in China time.</summary>
    protected static async Task SeedCaseAsync(long orgId, long memberId, DateTimeOffset submitted, string status, long stakeFen,
        DateTimeOffset? accepted = null, DateTimeOffset? decided = null, DateTimeOffset? closed = null, string? outcome = null,
        long? recoveredFen = null)
    {
        await using var db = await DbAsync();
        await db.ExecuteAsync("""
            INSERT INTO legal_case (member_id, org_id, dispute_type, employer_name, amount_at_stake_fen, description, urgent, status,
                                    decide_by, decided_at, accepted_at, outcome, recovered_fen, closed_at, submitted_at, updated_at)
            VALUES (@memberId, @orgId, 'wage_arrears', '某公司', @stakeFen, '欠薪', 0, @status, @submitted, @decided, @accepted, @outcome,
                    @recoveredFen, @closed, @submitted, @submitted)
            """, new
        {
            memberId, orgId, stakeFen, status, outcome, recoveredFen,
            submitted = submitted.UtcDateTime,
            decided = (decided ?? accepted)?.UtcDateTime,
            accepted = accepted?.UtcDateTime,
            closed = closed?.UtcDateTime,
        });
    }

    protected static DateTimeOffset Cn(int year, int month, int day, int hour = 10, int minute = 0) => new(year, month, day, hour, minute, 0, China);
}
