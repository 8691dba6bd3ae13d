using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using static UnionHub.IntegrationTests.Features.Members.MembersTestData;

namespace UnionHub.IntegrationTests.Features.Enterprises;

public sealed class EnterprisesTests : ApiTest
{
    [Test]
    public async Task Credit_codes_are_checked_and_unique()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        var good = SeedIds.CreditCodeFor(42);
        var wrongCheck = good[..17] + (good[17] == '0' ? '1' : '0');
        foreach (var bad in new[] { wrongCheck, "91110000123", good[..17] + "I", "" })
        {
            var p = await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/enterprises",
                new { name = "厂", creditCode = bad, orgId = org }), 422, "enterprise.invalid_credit_code");
            Assert.That(p.Raw.GetProperty("errors").TryGetProperty("creditCode", out _), Is.True);
        }

        var created = await admin.PostAsJsonAsync("/api/v1/admin/enterprises", new { name = "东风厂", creditCode = good.ToLowerInvariant(), orgId = org });
        Assert.That((int)created.StatusCode, Is.EqualTo(201));
        Assert.That((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("creditCode").GetString(), Is.EqualTo(good));
        await Problem.ExpectAsync(await admin.PostAsJsonAsync("/api/v1/admin/enterprises",
            new { name = "另一厂", creditCode = good, orgId = org }), 409, "enterprise.duplicate");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM enterprise"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'enterprise.create'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Enterprise_list_is_paged()
    {
        using var admin = await AdminAsync();
        var org = await CreateOrgAsync(admin, "市总工会");
        for (var i = 0; i < 5; i++)
        {
            await CreateEnterpriseAsync(admin, org, SeedIds.CreditCodeFor(100 + i), $"厂{i}");
        }

        var first = await (await admin.GetAsync($"/api/v1/admin/enterprises?orgId={org}&limit=3")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(first.GetProperty("items").GetArrayLength(), Is.EqualTo(3));
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await admin.GetAsync($"/api/v1/admin/enterprises?orgId={org}&limit=3&cursor={Uri.EscapeDataString(cursor!)}"))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(second.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
        Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }
}
