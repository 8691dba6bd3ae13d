using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Features.Perks;

/// <summary>Helpers shared by the perk tests: create perks as the admin, claim as members.</summary>
public abstract class PerkTest : ApiTest
{
    protected static DateTimeOffset Now => Api.Clock.GetUtcNow();

    /// <summary>A claim combiner of its own over the test database: another API instance, as far as claims go.</summary>
    protected static UnionHub.Api.Features.Perks.ClaimEngine NewEngine()
    {
        var db = Api.Services.GetRequiredService<MySqlConnector.MySqlDataSource>();
        return new(db, Api.Clock, new UnionHub.Api.Features.Perks.PerkCatalog(db, Api.Clock), Api.Services.GetRequiredService<IdempotencyGate>(),
            Api.Services.GetRequiredService<UnionHub.Api.Features.Perks.VoucherSigner>(), Api.Services.GetRequiredService<Causality>(),
            Api.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<UnionHub.Api.Features.Activities.NoShowOptions>>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<UnionHub.Api.Features.Perks.ClaimEngine>.Instance);
    }

    /// <summary>A member token issued by the test clock (lifetimes are judged by that clock too): take a fresh one after advancing it.</summary>
    protected static string Token(long memberId) => MemberToken(memberId);

    protected static async Task<string> CreatePerkAsync(int stock, int perMemberLimit = 1, string kind = "voucher",
        IEnumerable<long>? orgIds = null, DateTimeOffset? startsAt = null, DateTimeOffset? endsAt = null, int? validDays = null)
    {
        using var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/perks", new
        {
            kind,
            title = "端午粽子券",
            description = "storm test",
            stock = kind == "movie_ticket" ? 0 : stock,
            perMemberLimit,
            startsAt = startsAt ?? Now.AddMinutes(-1),
            endsAt = endsAt ?? Now.AddDays(1),
            faceValueFen = kind == "voucher" ? 2000L : (long?)null,
            merchantIds = new[] { "7" },
            validDays,
            eligibility = new { orgIds = orgIds?.Select(o => o.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray() },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    protected static HttpRequestMessage ClaimRequest(string perkId, long memberId, string? idempotencyKey = null)
    {
        var request = KeyedPost($"/api/v1/perks/{perkId}/claims", null, idempotencyKey);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(memberId));
        return request;
    }

    /// <summary>Fires all claims at once (real parallel HTTP requests) and returns (status, body) in order.</summary>
    protected static async Task<List<(int Status, JsonElement Body)>> ClaimAllAsync(string perkId, IEnumerable<long> memberIds,
        string? idempotencyKey = null)
    {
        using var client = Anonymous();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = memberIds.Select(async m =>
        {
            using var request = ClaimRequest(perkId, m, idempotencyKey);
            await start.Task;
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
        }).ToList();
        start.SetResult();
        return (await Task.WhenAll(tasks)).ToList();
    }

    protected static string Code(JsonElement problem) => problem.GetProperty("code").GetString()!;

    protected static async Task<HttpResponseMessage> ClaimAsync(string perkId, long memberId, string? idempotencyKey = null)
    {
        using var client = Anonymous();
        using var request = ClaimRequest(perkId, memberId, idempotencyKey);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
