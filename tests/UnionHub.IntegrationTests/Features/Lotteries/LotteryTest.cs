using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace UnionHub.IntegrationTests.Features.Lotteries;

/// <summary>Helpers for the lottery tests: a prize perk, lotteries, parallel applications, and an independent recomputation of the draw.</summary>
public abstract class LotteryTest : ApiTest
{
    protected static DateTimeOffset Now => Api.Clock.GetUtcNow();

    protected static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    protected static HttpClient Member(long memberId) => WithToken(MemberToken(memberId));

    /// <summary>A voucher perk created by the super admin (claims open now, valid 30 days after issue).</summary>
    protected static async Task<string> CreatePrizePerkAsync(HttpClient admin, int stock)
    {
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/perks", new
        {
            kind = "voucher", title = "体育消费券", description = "抽签发放", stock, perMemberLimit = 1,
            startsAt = Now.AddMinutes(-1), endsAt = Now.AddDays(10), faceValueFen = 5000L, merchantIds = new[] { "7" }, validDays = 30,
            eligibility = new { orgIds = (string[]?)null },
        }), 201);
        return created.GetProperty("id").GetString()!;
    }

    /// <summary>A draft lottery whose window opens in <paramref name="opensIn"/> (default: a minute) and lasts a day.</summary>
    protected static async Task<JsonElement> CreateLotteryAsync(HttpClient staff, long orgId, string perkId, int places, string? commitment = null,
        TimeSpan? opensIn = null)
    {
        var opens = Now + (opensIn ?? TimeSpan.FromMinutes(1));
        using var request = KeyedPost("/api/v1/admin/lotteries", new
        {
            title = "职工运动会门票抽签", description = "名额有限，抽签决定", perkId, orgId = S(orgId), places, opensAt = opens,
            closesAt = opens.AddDays(1), commitment,
        }, Guid.NewGuid().ToString("N"));
        return await JsonAsync(await staff.SendAsync(request), 201);
    }

    /// <summary>Creates, publishes and moves the clock into the window.</summary>
    protected static async Task<string> OpenLotteryAsync(long orgId, int places, int stock, string? commitment = null)
    {
        using var admin = await AdminAsync();
        var perkId = await CreatePrizePerkAsync(admin, stock);
        var id = (await CreateLotteryAsync(admin, orgId, perkId, places, commitment)).GetProperty("id").GetString()!;
        var opened = await JsonAsync(await admin.PostAsync($"/api/v1/admin/lotteries/{id}/open", null), 200);
        Assert.That(opened.GetProperty("status").GetString(), Is.EqualTo("open"));
        Api.Clock.Advance(TimeSpan.FromMinutes(2));
        return id;
    }

    protected static void CloseWindow() => Api.Clock.Advance(TimeSpan.FromDays(1));

    protected static HttpRequestMessage ApplyRequest(string lotteryId, long memberId)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/lotteries/{lotteryId}/application");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MemberToken(memberId));
        return request;
    }

    /// <summary>Fires all the applications at once (real parallel HTTP requests); (status, body) in the order of <paramref name="memberIds"/>.</summary>
    protected static async Task<List<(int Status, JsonElement Body)>> ApplyAllAsync(string lotteryId, IEnumerable<long> memberIds)
    {
        using var client = Anonymous();
        return await ParallelAsync(memberIds.Select(m => (Func<Task<HttpResponseMessage>>)(async () =>
        {
            using var request = ApplyRequest(lotteryId, m);
            return await client.SendAsync(request);
        })));
    }

    protected static async Task<JsonElement> ApplyAsync(string lotteryId, long memberId, int expectedStatus = 200)
    {
        using var client = Anonymous();
        using var request = ApplyRequest(lotteryId, memberId);
        return await JsonAsync(await client.SendAsync(request), expectedStatus);
    }

    protected static Task<HttpResponseMessage> DrawAsync(HttpClient staff, string lotteryId, string? seed = null) =>
        staff.PostAsJsonAsync($"/api/v1/admin/lotteries/{lotteryId}/draw", new { seed });

    protected static async Task<JsonElement> PublicRecordAsync(string lotteryId)
    {
        using var anonymous = Anonymous();
        return await JsonAsync(await anonymous.GetAsync($"/api/v1/public/lotteries/{lotteryId}/draw"), 200);
    }

    /// <summary>
    /// The draw recomputed from the public record alone, written from the documented algorithm (docs/features/lotteries.md),
    /// not from the API's code: the seed must hash to the commitment; tickets are HMAC-SHA256(seed, decimal id).
    /// </summary>
    protected static (List<string> Winners, List<string> Waiting) Recompute(JsonElement record)
    {
        var seed = Convert.FromHexString(record.GetProperty("seed").GetString()!);
        Assert.That(Convert.ToHexString(SHA256.HashData(seed)).ToLowerInvariant(), Is.EqualTo(record.GetProperty("commitment").GetString()),
            "the revealed seed hashes to the published commitment");
        var ids = record.GetProperty("applications").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToList();
        var order = ids
            .Select(id => (Id: id, Ticket: Convert.ToHexString(HMACSHA256.HashData(seed, Encoding.ASCII.GetBytes(id))).ToLowerInvariant()))
            .OrderBy(t => t.Ticket, StringComparer.Ordinal).ThenBy(t => long.Parse(t.Id, CultureInfo.InvariantCulture))
            .Select(t => t.Id).ToList();
        var places = record.GetProperty("places").GetInt32();
        return (order.Take(places).ToList(), order.Skip(places).ToList());
    }

    /// <summary>
    /// The weighted draw recomputed from the public record in the documented floating-point form (docs/features/lotteries.md,
    /// ADR 0019): u = (2^53 - 1 - 2h) / 2^53 with h the ticket's first 52 bits, key = ln(u) / weight, key descending, ties by
    /// ticket then id. The API compares the same keys exactly in integers; a test list of a few dozen never comes near a tie.
    /// </summary>
    protected static (List<string> Winners, List<string> Waiting) RecomputeWeighted(JsonElement record)
    {
        var seed = Convert.FromHexString(record.GetProperty("seed").GetString()!);
        var order = record.GetProperty("applications").EnumerateArray()
            .Select(a => (Id: a.GetProperty("id").GetString()!, Weight: a.GetProperty("weight").GetInt32()))
            .Select(a =>
            {
                var ticket = Convert.ToHexString(HMACSHA256.HashData(seed, Encoding.ASCII.GetBytes(a.Id))).ToLowerInvariant();
                var h = long.Parse(ticket[..13], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var u = ((1L << 53) - 1 - 2 * h) / Math.Pow(2, 53);
                return (a.Id, Ticket: ticket, Key: Math.Log(u) / a.Weight);
            })
            .OrderByDescending(t => t.Key).ThenBy(t => t.Ticket, StringComparer.Ordinal).ThenBy(t => long.Parse(t.Id, CultureInfo.InvariantCulture))
            .Select(t => t.Id).ToList();
        var places = record.GetProperty("places").GetInt32();
        return (order.Take(places).ToList(), order.Skip(places).ToList());
    }

    /// <summary>Runs tools/verify-lottery.mjs on a record: its exit code and its JSON verdict (null when it printed none).</summary>
    protected static async Task<(int ExitCode, JsonElement? Verdict, string Output)> VerifyWithScriptAsync(string recordJson)
    {
        var file = Path.Combine(Path.GetTempPath(), $"lottery-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, recordJson);
        try
        {
            var script = Path.Combine(RepositoryRoot(), "tools", "verify-lottery.mjs");
            using var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", [script, file])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var stdout = await node.StandardOutput.ReadToEndAsync();
            var stderr = await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            JsonElement? verdict = stdout.TrimStart().StartsWith('{') ? JsonDocument.Parse(stdout).RootElement.Clone() : null;
            return (node.ExitCode, verdict, stdout + stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    protected static List<string> Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>The repository root (where UnionHub.slnx is).</summary>
    protected static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UnionHub.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("UnionHub.slnx not found above " + AppContext.BaseDirectory);
    }
}
