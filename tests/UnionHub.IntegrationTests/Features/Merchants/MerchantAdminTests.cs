using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.Api.Features.Members;

namespace UnionHub.IntegrationTests.Features.Merchants;

public sealed class MerchantAdminTests : ApiTest
{
    private static int _n;

    /// <summary>A fresh, valid unified social credit code.</summary>
    public static string NewCreditCode()
    {
        var first17 = $"9135{Interlocked.Increment(ref _n) + Random.Shared.Next(1_000_000):D13}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    public static async Task<string> CreateMerchantAsync(HttpClient admin, string name = "惠民超市")
    {
        var response = await admin.PostAsJsonAsync("/api/v1/admin/merchants", new { name, creditCode = NewCreditCode() });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<(string KeyId, string Key)> CreateKeyAsync(HttpClient admin, string merchantId, string name = "till")
    {
        var response = await admin.PostAsJsonAsync($"/api/v1/admin/merchants/{merchantId}/api-keys", new { name });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("keyId").GetString()!, body.GetProperty("apiKey").GetString()!);
    }

    private static HttpClient WithKey(string key)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Test]
    public async Task Super_admin_registers_a_merchant_with_a_valid_credit_code_once()
    {
        using var admin = await AdminAsync();
        var code = NewCreditCode();
        var created = await admin.PostAsJsonAsync("/api/v1/admin/merchants", new { name = "洁净洗衣店", creditCode = code.ToLowerInvariant() });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("creditCode").GetString(), Is.EqualTo(code), "normalised to upper case");

        var again = await admin.PostAsJsonAsync("/api/v1/admin/merchants", new { name = "另一家", creditCode = code });
        await Problem.ExpectAsync(again, 409, "merchant.duplicate");

        var bad = await admin.PostAsJsonAsync("/api/v1/admin/merchants", new { name = "坏码", creditCode = code[..17] + (code[17] == '0' ? '1' : '0') });
        var problem = await Problem.ExpectAsync(bad, 422, "merchant.invalid_credit_code");
        Assert.That(problem.Raw.GetProperty("errors").TryGetProperty("creditCode", out _));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM merchant"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT action FROM audit_log WHERE entity='merchant'"), Is.EqualTo("merchant.create"));
    }

    [Test]
    public async Task Stores_belong_to_their_merchant()
    {
        using var admin = await AdminAsync();
        var id = await CreateMerchantAsync(admin);
        var store = await admin.PostAsJsonAsync($"/api/v1/admin/merchants/{id}/stores", new { name = "人民路店", address = "人民路 1 号" });
        Assert.That(store.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var merchant = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/merchants/{id}");
        Assert.That(merchant.GetProperty("stores")[0].GetProperty("name").GetString(), Is.EqualTo("人民路店"));

        var unknown = await admin.PostAsJsonAsync("/api/v1/admin/merchants/999999/stores", new { name = "x" });
        await Problem.ExpectAsync(unknown, 404, "not_found");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM merchant_store"), Is.EqualTo(1), "no orphan store");
    }

    [Test]
    public async Task A_merchant_id_in_the_path_is_plain_digits_or_the_answer_is_404()
    {
        using var admin = await AdminAsync();
        var id = await CreateMerchantAsync(admin);
        Assert.That((await admin.GetAsync($"/api/v1/admin/merchants/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        foreach (var malformed in new[] { $"%20%2B{id}", $"%2B{id}", $"{id}%20", $"-{id}" })
        {
            await Problem.ExpectAsync(await admin.GetAsync($"/api/v1/admin/merchants/{malformed}"), 404, "not_found");
            await Problem.ExpectAsync(await admin.GetAsync($"/api/v1/admin/merchants/{malformed}/api-keys"), 404, "not_found");
        }
    }

    [Test]
    public async Task An_api_key_is_shown_once_stored_hashed_and_acts_for_its_own_merchant()
    {
        using var admin = await AdminAsync();
        var a = await CreateMerchantAsync(admin, "甲商户");
        var b = await CreateMerchantAsync(admin, "乙商户");
        var (keyIdA, keyA) = await CreateKeyAsync(admin, a);
        var (_, keyB) = await CreateKeyAsync(admin, b);
        Assert.That(keyA, Does.StartWith("uhk_").And.Length.GreaterThanOrEqualTo(40));

        using (var clientA = WithKey(keyA))
        {
            var me = await clientA.GetFromJsonAsync<JsonElement>("/api/v1/merchant/me");
            Assert.That(me.GetProperty("merchantId").GetString(), Is.EqualTo(a));
            Assert.That(me.GetProperty("via").GetString(), Is.EqualTo("api_key"));
        }

        using (var clientB = WithKey(keyB))
        {
            var me = await clientB.GetFromJsonAsync<JsonElement>("/api/v1/merchant/me");
            Assert.That(me.GetProperty("merchantId").GetString(), Is.EqualTo(b));
        }

        await using var db = await DbAsync();
        var dump = string.Join("|", await db.QueryAsync<string>(
            "SELECT CONCAT_WS(',', name, key_prefix, HEX(key_hash)) FROM merchant_api_key"));
        Assert.That(dump, Does.Not.Contain(keyA).And.Not.Contain(keyA[12..]), "only the hash and a short prefix are kept");

        var keys = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/merchants/{a}/api-keys");
        Assert.That(keys.GetArrayLength(), Is.EqualTo(1));
        Assert.That(keys[0].GetProperty("keyId").GetString(), Is.EqualTo(keyIdA));
        Assert.That(keys[0].TryGetProperty("apiKey", out _), Is.False, "never shown again");
        Assert.That(keys[0].GetProperty("lastUsedAt").ValueKind, Is.EqualTo(JsonValueKind.String), "use is recorded");
    }

    [Test]
    public async Task A_revoked_unknown_or_malformed_key_is_401()
    {
        using var admin = await AdminAsync();
        var id = await CreateMerchantAsync(admin);
        var (keyId, key) = await CreateKeyAsync(admin, id);
        var (_, other) = await CreateKeyAsync(admin, id, "backup");

        var revoke = await admin.PostAsync($"/api/v1/admin/merchants/{id}/api-keys/{keyId}/revoke", null);
        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        using (var revoked = WithKey(key))
        {
            await Problem.ExpectAsync(await revoked.GetAsync("/api/v1/merchant/me"), 401, "auth.unauthenticated");
        }

        using (var stillGood = WithKey(other))
        {
            Assert.That((await stillGood.GetAsync("/api/v1/merchant/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "other keys keep working");
        }

        using (var unknown = WithKey("uhk_" + new string('A', 43)))
        {
            await Problem.ExpectAsync(await unknown.GetAsync("/api/v1/merchant/me"), 401, "auth.unauthenticated");
        }

        using (var malformed = WithKey("hello"))
        {
            await Problem.ExpectAsync(await malformed.GetAsync("/api/v1/merchant/me"), 401, "auth.unauthenticated");
        }

        var wrongMerchant = await admin.PostAsync($"/api/v1/admin/merchants/999999/api-keys/{keyId}/revoke", null);
        await Problem.ExpectAsync(wrongMerchant, 404, "not_found");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action='merchant_api_key.revoke'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Merchant_staff_act_for_their_merchant_and_other_roles_are_refused()
    {
        using var admin = await AdminAsync();
        var id = await CreateMerchantAsync(admin);
        using var cashier = await NewStaffAsync("merchant_staff", merchantId: id);
        var me = await cashier.GetFromJsonAsync<JsonElement>("/api/v1/merchant/me");
        Assert.That(me.GetProperty("merchantId").GetString(), Is.EqualTo(id));
        Assert.That(me.GetProperty("via").GetString(), Is.EqualTo("staff"));

        using var reviewer = await NewStaffAsync("reviewer");
        await Problem.ExpectAsync(await reviewer.GetAsync("/api/v1/merchant/me"), 403, "auth.forbidden");
        using var member = WithToken(MemberToken(1));
        await Problem.ExpectAsync(await member.GetAsync("/api/v1/merchant/me"), 403, "auth.forbidden");
        using var anonymous = Anonymous();
        await Problem.ExpectAsync(await anonymous.GetAsync("/api/v1/merchant/me"), 401, "auth.unauthenticated");

        // a merchant cannot manage keys
        var keys = await cashier.PostAsJsonAsync($"/api/v1/admin/merchants/{id}/api-keys", new { name = "mine" });
        await Problem.ExpectAsync(keys, 403, "auth.forbidden");
    }

    [Test]
    public async Task The_openapi_document_says_merchant_routes_take_a_key_or_a_token()
    {
        using var client = Anonymous();
        var doc = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var security = doc.GetProperty("paths").GetProperty("/api/v1/merchant/me").GetProperty("get").GetProperty("security");
        var schemes = security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToList();
        Assert.That(schemes, Is.EquivalentTo(new[] { "Bearer", "ApiKey" }));
    }
}
