using System.Net.Http.Json;
using System.Net.Http.Headers;
using Dapper;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Hardship;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Issue 18 item 7: a client that retries a create after losing the answer (a phone on a train, a till that timed out) must
/// not create the thing twice. Every POST that creates (201) or counts something takes an Idempotency-Key: the same key again
/// returns the first answer and writes nothing new.
/// </summary>
public sealed class IdempotentCreatesTests : HardshipTest
{
    /// <summary>
    /// POSTs answering 201 that take no Idempotency-Key, each with the reason. Keep it short: a new create route belongs on the
    /// idempotent side unless a retry cannot duplicate anything.
    /// </summary>
    private static readonly Dictionary<string, string> NotKeyed = new()
    {
        // keyed too, but inside the claim engine's batch (its keys are stored with the vouchers they issued), not by the filter
        ["ClaimPerk"] = "keyed by the claim engine",
        // the answer carries the new API key in clear, which is stored only hashed: a replay would need the key kept in the
        // idempotency table for 24 h. A retried call makes a second key, listed and revocable; nothing is counted twice.
        ["CreateMerchantApiKey"] = "the answer holds a secret",
    };

    /// <summary>POSTs that create a row without answering 201 (so the rule above does not find them): keyed as well.</summary>
    private static readonly string[] CreatesWithout201 = ["AddLegalAidCaseNote", "AddLawyerLegalAidCaseNote"];

    private static List<(string Name, bool Keyed, bool Answers201)> PostRoutes() =>
        Api.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => (Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.DisplayName ?? "",
                Keyed: e.Metadata.OfType<IdempotentMetadata>().Any(),
                Answers201: e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == 201)))
            .ToList();

    [Test]
    public void Every_post_that_creates_takes_an_idempotency_key()
    {
        var routes = PostRoutes();
        Assert.That(routes.Count(r => r.Answers201), Is.GreaterThan(20), "the endpoint list is read");
        Assert.That(routes.Where(r => r.Answers201 && !r.Keyed && !NotKeyed.ContainsKey(r.Name)).Select(r => r.Name), Is.Empty,
            "map these .WithIdempotency(...) (or add them to NotKeyed with the reason a retry cannot duplicate anything)");
        Assert.That(NotKeyed.Keys.Where(name => routes.Any(r => r.Name == name && r.Keyed)), Is.Empty, "stale allow-list entries");
        Assert.That(CreatesWithout201.Where(name => !routes.Any(r => r.Name == name && r.Keyed)), Is.Empty);
    }

    private static async Task<(int Status, string Body, bool Replayed, string? Type)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Contains("Idempotent-Replayed"),
            response.Content.Headers.ContentType?.ToString());
    }

    private static async Task<int> CountAsync(string sql)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<int>(sql);
    }

    /// <summary>Sends the same keyed request twice: the second answer is the first one, replayed; returns its body.</summary>
    private static async Task<string> RetryAsync(HttpClient client, Func<HttpRequestMessage> request, int status = 201)
    {
        var first = await SendAsync(client, request());
        Assert.That(first.Status, Is.EqualTo(status), first.Body);
        var retry = await SendAsync(client, request());
        Assert.That((retry.Status, retry.Body, retry.Type), Is.EqualTo((first.Status, first.Body, first.Type)), "the retry gets the first answer");
        Assert.That(retry.Replayed, Is.True, "and it says it is a replay");
        return first.Body;
    }

    [Test]
    public async Task Retried_staff_creates_create_once()
    {
        using var admin = await AdminAsync();
        var parent = await Seed.OrgAsync("市总工会");
        await RetryAsync(admin, () => KeyedPost("/api/v1/admin/orgs", new { name = "重试区总工会", parentId = S(parent) }, "org-1"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM org WHERE name = '重试区总工会'"), Is.EqualTo(1));

        await RetryAsync(admin, () => KeyedPost("/api/v1/admin/merchants", new { name = "重试超市", creditCode = SeedIds.CreditCodeFor(7001) }, "m-1"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM merchant"), Is.EqualTo(1));

        using var reviewer = await NewStaffAsync("reviewer");
        var fund = new
        {
            name = "重试基金", kind = "hardship", year = 2026, budgetFen = 1_000_000, maxGrantFen = 300_000, orgId = S(parent),
        };
        await RetryAsync(reviewer, () => KeyedPost("/api/v1/admin/funds", fund, "fund-1"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM fund WHERE name = '重试基金'"), Is.EqualTo(1));

        // the same key with another body is refused, and writes nothing
        var other = await SendAsync(reviewer, KeyedPost("/api/v1/admin/funds", fund with { name = "另一个基金" }, "fund-1"));
        Assert.That(other.Status, Is.EqualTo(422), other.Body);
        Assert.That(other.Body, Does.Contain("idempotency.key_reused"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM fund"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_retried_hardship_declaration_is_one_declaration()
    {
        var orgs = await OrgsAsync();
        using var admin = await AdminAsync();
        var (memberId, _) = await RegisteredMemberAsync(admin, orgs.GrassrootsA1);
        var (roundId, _) = await RoundAsync(admin, orgs.GrassrootsA1);
        using var member = WithToken(MemberToken(memberId));
        await RetryAsync(member, () => KeyedPost("/api/v1/hardship/declarations", new { roundId, note = "今年家中老人住院" }, "declare-1"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM hardship_declaration"), Is.EqualTo(1));
    }

    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();

    private static HttpRequestMessage Upload(string url, byte[] data, string key)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Test]
    public async Task A_retried_upload_stores_one_file_and_another_file_under_its_key_is_refused()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberId = await NewVerifiedMemberAsync();
        var app = await ApplyAsync(memberId, fundId);
        using var member = WithToken(MemberToken(memberId));
        var url = $"/api/v1/me/fund-applications/{app}/evidence";
        await RetryAsync(member, () => Upload(url, Pdf, "file-1"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM fund_evidence"), Is.EqualTo(1));

        var otherFile = await SendAsync(member, Upload(url, [.. Pdf, .. "% another page"u8.ToArray()], "file-1"));
        Assert.That(otherFile.Status, Is.EqualTo(422), "the key names the first file's upload, not this one: " + otherFile.Body);
        Assert.That(otherFile.Body, Does.Contain("idempotency.key_reused"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM fund_evidence"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_retried_case_note_is_one_note()
    {
        var org = await Seed.OrgAsync();
        var memberId = await Seed.VerifiedMemberAsync(org);
        using var member = WithToken(MemberToken(memberId));
        var applied = await JsonAsync(await member.PostAsJsonAsync("/api/v1/legal-aid/cases", new
        {
            disputeType = "wage_arrears", employerName = "某某建筑劳务有限公司", amountAtStakeFen = 3_500_000, description = "工资未发放",
        }), 201);
        var caseId = applied.GetProperty("id").GetString();
        using var admin = await AdminAsync();
        await JsonAsync(await admin.PostAsync($"/api/v1/admin/legal-aid/cases/{caseId}/accept", null), 200);
        var notesBefore = await CountAsync("SELECT COUNT(*) FROM legal_case_note");
        await RetryAsync(admin, () => KeyedPost($"/api/v1/admin/legal-aid/cases/{caseId}/notes", new { text = "工会已致函用人单位" }, "note-1"), 200);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM legal_case_note"), Is.EqualTo(notesBefore + 1));
    }
}
