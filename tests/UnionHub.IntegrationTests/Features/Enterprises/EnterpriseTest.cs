using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace UnionHub.IntegrationTests.Features.Enterprises;

/// <summary>Helpers for the enterprise contact, distribution and group-buy tests (Distributions/ and GroupBuys/ derive from it).</summary>
public abstract class EnterpriseTest : ApiTest
{
    protected static DateTimeOffset Now => Api.Clock.GetUtcNow();

    protected static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    protected static Task<HttpClient> ContactAsync(long enterpriseId) => NewStaffAsync("enterprise_contact", enterpriseId: S(enterpriseId));

    protected static async Task<string> GoodsPerkAsync(int stock, string kind = "goods", long[]? orgIds = null)
    {
        using var admin = await AdminAsync();
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/perks", new
        {
            kind,
            title = "夏季清凉包",
            stock,
            perMemberLimit = 1,
            startsAt = Now.AddMinutes(-1),
            endsAt = Now.AddDays(10),
            faceValueFen = kind == "voucher" ? 1000L : (long?)null,
            merchantIds = kind == "voucher" ? new[] { await Merchants.MerchantAdminTests.CreateMerchantAsync(admin) } : null, // vouchers name their merchants
            eligibility = new { orgIds = orgIds?.Select(S).ToArray() },
        }), 201);
        return created.GetProperty("id").GetString()!;
    }

    protected static async Task<string> DistributionAsync(HttpClient staff, string perkId, long orgId)
    {
        var created = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/admin/distributions",
            new { title = "2026 夏送清凉", perkId, orgId = S(orgId) }), 201);
        return created.GetProperty("id").GetString()!;
    }

    protected static async Task<int> PerkClaimedAsync(string perkId)
    {
        await using var db = await DbAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<int>(db, "SELECT claimed FROM perk WHERE id = @perkId", new { perkId });
    }

    protected static string Code(JsonElement problem) => problem.GetProperty("code").GetString()!;

    protected static async Task<List<(string Action, string EntityId)>> AuditAsync(string actionPrefix)
    {
        await using var db = await DbAsync();
        return (await Dapper.SqlMapper.QueryAsync<(string, string)>(db,
            "SELECT action, entity_id FROM audit_log WHERE action LIKE CONCAT(@actionPrefix, '%') ORDER BY id", new { actionPrefix })).ToList();
    }
}
