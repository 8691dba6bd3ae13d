using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>
/// The consistency token (ADR 0016, read-your-writes on a cluster). On one server there is nothing to wait for: no token is
/// sent and a token a client sends is ignored. On the Galera cluster the storms prove the wait (Cluster/ClusterStormTests).
/// </summary>
public sealed class CausalityTests : ApiTest
{
    [Test]
    public async Task On_a_single_server_a_write_carries_no_token_and_a_sent_token_changes_nothing()
    {
        using var admin = await AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/v1/admin/orgs", new { name = "一致性测试工会" });
        var org = await JsonAsync(created, 201);
        Assert.That(created.Headers.Contains(Causality.Header), Is.False, "no cluster: no token");

        foreach (var token in new[] { "0-1-999999999999", "not a token", "0-1-" + new string('9', 40) })
        {
            using var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/orgs");
            read.Headers.TryAddWithoutValidation(Causality.Header, token);
            using var response = await admin.SendAsync(read);
            var body = await JsonAsync(response, 200);
            Assert.That(body.ToString(), Does.Contain(org.GetProperty("id").GetString()), token);
        }
    }

    [Test]
    public void The_newest_commit_by_sequence_number_is_kept_whatever_order_commits_are_seen_in()
    {
        var causality = new Causality(Api.Services.GetRequiredService<MySqlDataSource>(), new ConfigurationBuilder().Build(),
            NullLogger<Causality>.Instance);
        Assert.That(causality.Latest, Is.Null);
        foreach (var gtid in new[] { "0-1-9", "0-1-120", "0-1-100", "garbage", "0-2-119" })
        {
            causality.Observe(gtid);
        }

        Assert.That(causality.Latest, Is.EqualTo("0-1-120"));
    }
}
