using System.Net;
using System.Net.Http.Headers;
using System.Text;
using UnionHub.IntegrationTests.Features.Hardship;
using UnionHub.IntegrationTests.Features.Members;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Issue 18 item 8: uploads that took a pooled database connection before reading their body let a few slow clients (a
/// phone on a bad network, or an attacker trickling bytes) hold every connection of the pool, so every other request waited
/// for one and failed. An upload now holds no connection while its body arrives.
/// </summary>
public sealed class SlowUploadTests : HardshipTest
{
    private const int PoolSize = 4;

    /// <summary>A body sent in two parts: <paramref name="head"/> at once, the rest only when <paramref name="release"/> completes.</summary>
    private sealed class TrickleContent(byte[] head, byte[] tail, Task release, string contentType) : HttpContent
    {
        public TaskCompletionSource HeadSent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(head);
            await stream.FlushAsync();
            HeadSent.TrySetResult();
            await release;
            await stream.WriteAsync(tail);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false; // chunked: the server cannot know when it ends
        }

        public TrickleContent Typed()
        {
            Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            return this;
        }
    }

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 2000) + "\n%%EOF");

    [Test]
    public async Task Slow_uploads_beyond_the_pool_size_leave_connections_for_other_requests()
    {
        // a second host on the test database whose pool holds only PoolSize connections (3 s to get one, as configured)
        await using var host = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:UnionHub"] = new MySqlConnector.MySqlConnectionStringBuilder(ApiFactory.ConnectionString) { MaximumPoolSize = PoolSize }
                .ConnectionString,
        });
        _ = host.Server;

        var orgs = await OrgsAsync();
        using var admin = await AdminAsync();
        var (_, householdId) = await RegisteredMemberAsync(admin, orgs.GrassrootsA1);
        var enterpriseId = await Seed.EnterpriseAsync(orgs.GrassrootsA1);
        var token = admin.DefaultRequestHeaders.Authorization!;
        HttpClient Staff()
        {
            // no redirect handler: it would read the whole body before sending it (to be able to send it again)
            var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.Timeout = TimeSpan.FromMinutes(2);
            client.DefaultRequestHeaders.Authorization = token;
            return client;
        }

        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var roster = Encoding.UTF8.GetBytes(MembersTestData.Roster(20));
        var uploads = new List<(string Url, TrickleContent Content)>();
        for (var i = 0; i < 2; i++)
        {
            uploads.Add(($"/api/v1/admin/hardship/households/{householdId}/documents",
                new TrickleContent(Pdf[..1000], Pdf[1000..], release.Task, "application/pdf").Typed()));
            uploads.Add(($"/api/v1/admin/enterprises/{S(enterpriseId)}/bargaining/steps/1/documents",
                new TrickleContent(Pdf[..1000], Pdf[1000..], release.Task, "application/pdf").Typed()));
            uploads.Add(($"/api/v1/admin/orgs/{S(orgs.GrassrootsA1)}/roster",
                new TrickleContent(roster[..300], roster[300..], release.Task, "text/csv; charset=utf-8").Typed()));
        }

        Assert.That(uploads, Has.Count.GreaterThan(PoolSize));
        var clients = uploads.Select(_ => Staff()).ToList();
        var answers = uploads.Select((u, i) => clients[i].PostAsync(u.Url, u.Content)).ToList();
        try
        {
            await Task.WhenAll(uploads.Select(u => u.Content.HeadSent.Task)).WaitAsync(TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(1)); // the server is now waiting for the rest of every body

            // while every upload is still trickling in, another request gets a connection and its answer
            using var other = Staff();
            using var list = await other.GetAsync("/api/v1/admin/orgs");
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK), await list.Content.ReadAsStringAsync());
        }
        finally
        {
            release.TrySetResult();
        }

        var statuses = new List<int>();
        foreach (var answer in answers)
        {
            using var response = await answer;
            statuses.Add((int)response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { 201, 201, 200, 201, 201, 200 }), "every slow upload is accepted once its body is complete");
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
