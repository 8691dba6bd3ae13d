using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using UnionHub.Api.Features.Perks;
using UnionHub.IntegrationTests.Features.Merchants;

namespace UnionHub.IntegrationTests.Faults;

/// <summary>
/// The connection drops after COMMIT was sent: the caller gets an error, yet the change committed.
/// A retry under the same Idempotency-Key must return the committed result, never a second effect.
/// </summary>
public sealed class CommitUncertaintyTests : ApiTest
{
    [Test]
    public async Task A_redemption_whose_commit_acknowledgement_was_lost_is_returned_on_retry_not_redone()
    {
        var direct = new MySqlConnectionStringBuilder(ApiFactory.ConnectionString);
        await using var proxy = new TcpProxy(direct.Server, (int)direct.Port);
        var viaProxy = new MySqlConnectionStringBuilder(ApiFactory.ConnectionString) { Port = (uint)proxy.Port, Pooling = false };
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:UnionHub"] = viaProxy.ConnectionString,
            ["Database:MigrateOnStartup"] = "false",
        });

        using var admin = await AdminAsync();
        var merchantId = await MerchantAdminTests.CreateMerchantAsync(admin, "收银台");
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchantId);
        var code = await SeedVoucherAsync(merchantId);

        using var till = api.CreateClient();
        till.DefaultRequestHeaders.Add("X-Api-Key", key);
        async Task<HttpResponseMessage> Redeem()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/merchant/redemptions") { Content = JsonContent.Create(new { code }) };
            request.Headers.Add("Idempotency-Key", "receipt-9001");
            return await till.SendAsync(request);
        }

        proxy.CutNextCommit();
        var lost = await Redeem();
        Assert.That(proxy.CommitsCut, Is.EqualTo(1), "the fault was injected");
        await Problem.ExpectAsync(lost, 503, "service.unavailable");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM redemption"), Is.EqualTo(1), "the commit did happen");

        var retry = await Redeem();
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created), await retry.Content.ReadAsStringAsync());
        var body = await retry.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await db.ExecuteScalarAsync<long>("SELECT id FROM redemption");
        Assert.That(body.GetProperty("redemptionId").GetString(), Is.EqualTo(stored.ToString()), "the committed redemption, not a new one");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM redemption"), Is.EqualTo(1), "no second redemption");
    }

    private static async Task<string> SeedVoucherAsync(string merchantId)
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        var code = VoucherSigner.NewCode();
        await using var db = await DbAsync();
        var perkId = await db.ExecuteScalarAsync<long>("""
            INSERT INTO perk (kind, title, stock, claimed, per_member_limit, starts_at, ends_at, face_value_fen, valid_until, created_at, updated_at)
            VALUES ('voucher', '券', 10, 1, 1, @past, @future, 1000, @future, @now, @now); SELECT LAST_INSERT_ID();
            """, new { past = now.AddDays(-1), future = now.AddDays(10), now });
        await db.ExecuteAsync("INSERT INTO perk_merchant (perk_id, merchant_id) VALUES (@perkId, @m)", new { perkId, m = long.Parse(merchantId) });
        await db.ExecuteAsync("""
            INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
            VALUES (@perkId, @member, 1, @code, @qr, 'unused', @future, @now)
            """, new { perkId, member, code, qr = Api.Services.GetRequiredService<VoucherSigner>().Sign(code), future = now.AddDays(10), now });
        return code;
    }
}
