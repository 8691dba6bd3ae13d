using System.Net.Http.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.IntegrationTests.ScaleOut;

namespace UnionHub.IntegrationTests.Security;

/// <summary>Issue 18 item 8: audit rows keep a keyed hash of the client address (IPv6: of its /64), not the address.</summary>
public sealed class AuditAddressTests : ApiTest
{
    [TestCase("203.0.113.77", "203.0.113")]
    [TestCase("2001:db8:77:1::abcd", "2001:db8")]
    public async Task Audit_rows_hold_a_keyed_hash_of_the_client_address(string peer, string fragment)
    {
        await using var host = Api.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter,
            ForwardedHeadersTests.PeerFromHeader>()));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(ForwardedHeadersTests.PeerHeader, peer);
        using var admin = await AdminAsync();
        client.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
        var created = await client.PostAsJsonAsync("/api/v1/admin/orgs", new { name = "审计测试工会" });
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());

        await using var db = await DbAsync();
        var ips = (await db.QueryAsync<string?>("SELECT client_ip FROM audit_log WHERE action LIKE 'org.%'")).ToList();
        Assert.That(ips, Is.Not.Empty);
        Assert.That(ips, Has.All.Not.Null.And.All.Not.Contains(fragment).And.All.Match("^[0-9A-F]{16}$"));
    }
}
