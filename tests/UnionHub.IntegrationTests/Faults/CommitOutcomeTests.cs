using System.Text.Json;
using Dapper;
using MySqlConnector;
using UnionHub.IntegrationTests.Features.Merchants;
using UnionHub.IntegrationTests.Features.Perks;

namespace UnionHub.IntegrationTests.Faults;

/// <summary>
/// Commit-outcome uncertainty: the database commits but the connection drops before the API hears the OK. The client is
/// never told it succeeded nor that it failed for good (503, retry); a retry with the same Idempotency-Key returns the
/// committed result, and no second voucher or redemption ever exists.
/// </summary>
[Category("Fault")]
public sealed class CommitOutcomeTests : PerkTest
{
    private CommitCuttingProxy _proxy = null!;
    private ApiFactory _proxied = null!;

    [SetUp]
    public void StartProxiedHost()
    {
        var direct = new MySqlConnectionStringBuilder(ApiFactory.ConnectionString);
        _proxy = new CommitCuttingProxy((int)direct.Port);
        var viaProxy = new MySqlConnectionStringBuilder(ApiFactory.ConnectionString)
        {
            Server = "127.0.0.1",
            Port = (uint)_proxy.Port,
            SslMode = MySqlSslMode.None, // the proxy reads the protocol: no TLS on this leg
            Pooling = true,
        };
        _proxied = new ApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:UnionHub"] = viaProxy.ConnectionString });
        _ = _proxied.Server;
    }

    [TearDown]
    public async Task StopProxiedHost()
    {
        await _proxied.DisposeAsync();
        await _proxy.DisposeAsync();
    }

    private static async Task<JsonElement> ExpectUnavailableAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(503), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        var body = JsonDocument.Parse(text).RootElement.Clone();
        Assert.That(body.GetProperty("code").GetString(), Is.EqualTo("service.unavailable"), text);
        Assert.That(text, Does.Not.Contain("redemptionId").And.Not.Contain("voucherId").And.Not.Contain("claimId"), "no success leaks out");
        return body;
    }

    [Test]
    public async Task A_redemption_whose_commit_answer_is_lost_is_replayed_by_the_retry_and_exists_once()
    {
        using var admin = await AdminAsync();
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin, "断线超市");
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant);
        var voucher = await RedemptionTests.SeedVoucherAsync(4200, [merchant]);

        HttpRequestMessage Redeem()
        {
            var request = KeyedPost("/api/v1/merchant/redemptions", new { code = voucher.Code }, "till-3-receipt-9001");
            request.Headers.Add("X-Api-Key", key);
            return request;
        }

        var cut = _proxy.Arm("INSERT INTO redemption");
        using var viaProxy = _proxied.CreateClient();
        var first = await viaProxy.SendAsync(Redeem());
        Assert.That(cut.IsCompleted, Is.True, "the proxy cut the connection after COMMIT; queries seen: " + string.Join(" | ", _proxy.Seen.TakeLast(12)));
        await ExpectUnavailableAsync(first);

        await using var db = await DbAsync();
        var committed = await db.QuerySingleAsync<(long Id, string Status)>(
            "SELECT r.id, v.status FROM redemption r JOIN voucher v ON v.id = r.voucher_id WHERE r.voucher_id = @Id", voucher);
        Assert.That(committed.Status, Is.EqualTo("redeemed"), "the database did commit");

        using var direct = Anonymous();
        var retry = await direct.SendAsync(Redeem());
        var text = await retry.Content.ReadAsStringAsync();
        Assert.That((int)retry.StatusCode, Is.EqualTo(201), text);
        Assert.That(retry.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        var body = JsonDocument.Parse(text).RootElement;
        Assert.That(body.GetProperty("redemptionId").GetString(), Is.EqualTo(committed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(body.GetProperty("faceValueFen").GetInt64(), Is.EqualTo(4200));

        // and through the proxied host again (the connection pool there recovered): still the same answer
        var again = await viaProxy.SendAsync(Redeem());
        Assert.That((int)again.StatusCode, Is.EqualTo(201), await again.Content.ReadAsStringAsync());
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM redemption WHERE voucher_id = @Id", voucher), Is.EqualTo(1));
        Assert.That(_proxy.Cuts, Is.EqualTo(1));
    }

    [Test]
    public async Task A_claim_whose_commit_answer_is_lost_is_replayed_by_the_retry_and_issues_one_voucher()
    {
        var org = await Seed.OrgAsync();
        var member = await Seed.VerifiedMemberAsync(org);
        var perkId = await CreatePerkAsync(stock: 10, perMemberLimit: 3); // a second voucher would be allowed: only the key stops it

        var cut = _proxy.Arm("INSERT INTO voucher");
        using var viaProxy = _proxied.CreateClient();
        var first = await viaProxy.SendAsync(ClaimRequest(perkId, member, "claim-once-42"));
        Assert.That(cut.IsCompleted, Is.True, "the proxy cut the connection after COMMIT; queries seen: " + string.Join(" | ", _proxy.Seen.TakeLast(12)));
        await ExpectUnavailableAsync(first);

        await using var db = await DbAsync();
        var voucherId = await db.QuerySingleAsync<long>("SELECT id FROM voucher WHERE member_id = @member", new { member });

        using var direct = Anonymous();
        var retry = await direct.SendAsync(ClaimRequest(perkId, member, "claim-once-42"));
        var text = await retry.Content.ReadAsStringAsync();
        Assert.That((int)retry.StatusCode, Is.EqualTo(201), text);
        Assert.That(retry.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("voucher").GetProperty("id").GetString(),
            Is.EqualTo(voucherId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM voucher WHERE member_id = @member", new { member }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id = @perkId", new { perkId }), Is.EqualTo(1));
        Assert.That(_proxy.Cuts, Is.EqualTo(1));
    }
}
