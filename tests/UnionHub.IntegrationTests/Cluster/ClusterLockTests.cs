using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests;

namespace UnionHub.ClusterTests;

/// <summary>
/// Rules guarded by a row lock hold with writes spread over the nodes (DESIGN 12; ADR 0016, 2026-12-04): the two conflicting
/// operations are sent at once to two instances, each on its own node when `./dev cluster up --spread` (one writer otherwise), trial
/// after trial, and the rows on every node are checked. Before the guarding transactions wrote the rows they lock
/// (<see cref="RowLocks"/>), both sides could commit on different nodes. Run by `./dev cluster test` (category Cluster).
/// </summary>
[TestFixture]
[Category("Cluster")]
[NonParallelizable]
public sealed class ClusterLockTests
{
    /// <summary>Trials per race: 10, or UNIONHUB_CLUSTER_LOCK_TRIALS.</summary>
    private static int Trials => int.TryParse(Env("UNIONHUB_CLUSTER_LOCK_TRIALS"), out var n) && n > 0 ? n : 10;

    private static string Env(string name) => ClusterSettings.Env(name);
    private static string BalancerUrl => ClusterSettings.BalancerUrl;

    /// <summary>Set-up requests go to instance 3 directly (not raced): HAProxy's checks of the instances flap on this loaded machine.</summary>
    private static string SetUpUrl => InstanceUrls[2];
    private static string[] InstanceUrls => ClusterSettings.InstanceUrls;
    private static string[] NodeDbs => ClusterSettings.NodeDbs;
    private static string Mode => ClusterSettings.Mode;

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private static TokenIssuer _tokens = null!;
    private static string _adminToken = "";

    [OneTimeSetUp]
    public async Task ConnectAsync()
    {
        if (string.IsNullOrEmpty(BalancerUrl))
        {
            Assert.Ignore("UNIONHUB_CLUSTER_URL is not set: run `./dev cluster test`");
        }

        _tokens = ClusterSettings.Tokens();
        HttpResponseMessage login;
        for (var attempt = 1; ; attempt++) // a 503 when the balancer cut the instance's database connection: log in again
        {
            login = await Http.PostAsJsonAsync($"{SetUpUrl}/api/v1/admin/auth/login",
                new { username = "admin", password = ClusterSettings.AdminPassword });
            if (login.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 8)
            {
                break;
            }

            await Task.Delay(500 * attempt);
        }

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), await login.Content.ReadAsStringAsync());
        _adminToken = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<MySqlConnection> OpenAsync(string connectionString)
    {
        var conn = new MySqlConnection(connectionString);
        await conn.OpenAsync();
        return conn;
    }

    private sealed record Answer(int Status, string? Code, string Body);

    /// <summary>
    /// The answer to one request, sent again after a 503 (as clients/sdk does): on this loaded machine HAProxy's health check now and then
    /// marks a node down for a moment and cuts its connections. Every request here is safe to repeat (a key, a conditional decision that
    /// refuses a second time, or a set-up row nobody else uses). A set-up request (<paramref name="setUp"/>) is also sent again after
    /// another 5xx (a connection cut mid-request); the raced requests are not, so a 500 among them fails the test.
    /// </summary>
    private static async Task<Answer> SendAsync(string token, HttpMethod method, string url, object? body, string? key = null, bool setUp = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (key is not null)
            {
                request.Headers.Add("Idempotency-Key", key);
            }

            using var response = await Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if ((response.StatusCode == HttpStatusCode.ServiceUnavailable || (setUp && (int)response.StatusCode >= 500)) && attempt < 8)
            {
                TestContext.Out.WriteLine($"[{Mode}] {(int)response.StatusCode} from {url}, sent again");
                await Task.Delay(500 * attempt);
                continue;
            }

            var code = text.StartsWith('{') && JsonDocument.Parse(text).RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
            return new Answer((int)response.StatusCode, code, text);
        }
    }

    private static async Task<string> IdOfCreatedAsync(Answer answer)
    {
        Assert.That(answer.Status, Is.EqualTo(201), answer.Body);
        return await Task.FromResult(JsonDocument.Parse(answer.Body).RootElement.GetProperty("id").GetString()!);
    }

    /// <summary>One verified member in an organisation of its own (rows as ./dev bench seeds them): (org, member).</summary>
    private static async Task<(long Org, long Member)> MemberAsync()
    {
        await using var db = await OpenAsync(NodeDbs[0]); // node1 directly: the balancer's check flaps under load (any node takes writes)
        var tag = Guid.NewGuid().ToString("N")[..10];
        var org = await db.ExecuteScalarAsync<long>(
            "INSERT INTO org (parent_id, name, path, depth, created_at) VALUES (NULL, @name, '/', 0, UTC_TIMESTAMP(6)); SELECT LAST_INSERT_ID();",
            new { name = $"cluster lock {tag}" });
        await db.ExecuteAsync("UPDATE org SET path = CONCAT('/', id, '/') WHERE id = @org", new { org });
        var member = await db.ExecuteScalarAsync<long>("""
            INSERT INTO member (org_id, member_card_no, verified_at, created_at) VALUES (@org, CONCAT('L', @tag), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
            SELECT LAST_INSERT_ID();
            """, new { org, tag });
        return (org, member);
    }

    /// <summary>
    /// A review meeting's approval (300,000) and a grant lottery's publication (6 x 50,000) that each fit the fund (500,000) alone but not
    /// together, sent at once through instances 1 and 2, ten trials: exactly one succeeds, the other is refused with its code, and on
    /// every node granted + promised never exceeds budget + donations (GrantPromiseTests' race, across nodes).
    /// </summary>
    [Test, Order(1)]
    public async Task A_meeting_approval_and_a_lottery_publication_on_two_nodes_never_both_take_the_funds_money()
    {
        var broken = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var (org, member) = await MemberAsync();
            var fundId = await IdOfCreatedAsync(await SendAsync(_adminToken, HttpMethod.Post, $"{SetUpUrl}/api/v1/admin/funds", new
            {
                name = "集群帮扶", kind = "hardship", year = 2026, budgetFen = 500_000, maxGrantFen = 300_000, eligibilityNotes = "在册会员",
            }, setUp: true));
            var application = await IdOfCreatedAsync(await SendAsync(_tokens.Issue("member", member, [Roles.Member], TimeProvider.System.GetUtcNow()),
                HttpMethod.Post, $"{SetUpUrl}/api/v1/fund-applications", new
                {
                    fundId, category = "major_illness", requestedFen = 300_000, reason = "家人重病住院，医疗费用负担重", contactPhone = "13812345678",
                }, Guid.NewGuid().ToString("N"), setUp: true));
            var opens = TimeProvider.System.GetUtcNow().AddMinutes(1);
            var lotteryId = await IdOfCreatedAsync(await SendAsync(_adminToken, HttpMethod.Post, $"{SetUpUrl}/api/v1/admin/lotteries", new
            {
                title = "学历提升补助抽签", orgId = org.ToString(System.Globalization.CultureInfo.InvariantCulture), places = 6, opensAt = opens,
                closesAt = opens.AddDays(1), fundId, grantFen = 50_000,
            }, Guid.NewGuid().ToString("N"), setUp: true));

            var (meetingUrl, publishUrl) = trial % 2 == 0 ? (InstanceUrls[0], InstanceUrls[1]) : (InstanceUrls[1], InstanceUrls[0]);
            var meeting = SendAsync(_adminToken, HttpMethod.Post, $"{meetingUrl}/api/v1/admin/review-meetings", new
            {
                fundId, heldAt = TimeProvider.System.GetUtcNow(), minutes = "集群评审会",
                decisions = new[] { new { applicationId = application, decision = "approve", grantedFen = 300_000, note = "符合条件" } },
            });
            var publish = SendAsync(_adminToken, HttpMethod.Post, $"{publishUrl}/api/v1/admin/lotteries/{lotteryId}/open", null);
            var (met, published) = (await meeting, await publish);

            var figures = new List<(long Budget, long Donated, long Granted, long Promised)>();
            foreach (var node in NodeDbs)
            {
                await using var db = await OpenAsync(node);
                await db.ExecuteAsync("SET SESSION wsrep_sync_wait = 1");
                figures.Add(await db.QuerySingleAsync<(long, long, long, long)>("""
                    SELECT CAST(budget_fen AS SIGNED), CAST(donated_fen AS SIGNED), CAST(granted_fen AS SIGNED),
                           (SELECT CAST(COALESCE(SUM(places * grant_fen), 0) AS SIGNED) FROM lottery WHERE fund_id = f.id AND status = 'open')
                    FROM fund f WHERE f.id = @fundId
                    """, new { fundId }));
            }

            var outcome = $"meeting {met.Status} {met.Code}, publication {published.Status} {published.Code}, granted+promised {figures[0].Granted + figures[0].Promised}";
            TestContext.Out.WriteLine($"[{Mode}] trial {trial}: {outcome}");
            var loser = met.Status == 201 ? (published.Status, published.Code) : (met.Status, met.Code);
            if (figures.Distinct().Count() != 1 || figures[0].Granted + figures[0].Promised > figures[0].Budget + figures[0].Donated
                || !((met.Status == 201) ^ (published.Status == 200))
                || loser is not (409, "lottery.fund_budget_short") and not (409, "fund.promised_to_lottery"))
            {
                broken.Add($"trial {trial}: {outcome}");
            }
        }

        // every trial is run and the broken ones listed together, so a run without the fix shows how often the race broke the rule
        TestContext.Out.WriteLine($"[{Mode}] {broken.Count} of {Trials} trials broke the rule");
        Assert.That(broken, Is.Empty, "exactly one of the two succeeds, the other is refused with its code, granted + promised fit, on every node");
    }

    /// <summary>
    /// Two super_admins disable each other at once, each through its own instance (so its own node with writes spread), ten trials:
    /// exactly one 200 and one 401, exactly one of the two accounts disabled on every node (AdminsLockOutRaceTests, across nodes).
    /// </summary>
    [Test, Order(2)]
    public async Task Two_super_admins_on_two_nodes_disabling_each_other_leave_exactly_one_disabled()
    {
        var broken = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var ids = new long[2];
            for (var i = 0; i < 2; i++)
            {
                var username = $"cl-{Guid.NewGuid():N}"[..24];
                ids[i] = long.Parse(await IdOfCreatedAsync(await SendAsync(_adminToken, HttpMethod.Post, $"{SetUpUrl}/api/v1/admin/users",
                    new { username, password = "correct horse battery", role = "super_admin" }, setUp: true)), System.Globalization.CultureInfo.InvariantCulture);
            }

            // access tokens as a login issues them (session version 0): a login per account per trial would meet the login rate limit
            var tokens = ids.Select(id => _tokens.Issue("staff", id, [Roles.SuperAdmin], TimeProvider.System.GetUtcNow(),
                new Dictionary<string, object> { [AuthSetup.ClaimSessionVersion] = 0 })).ToArray();
            var first = SendAsync(tokens[0], HttpMethod.Post, $"{InstanceUrls[0]}/api/v1/admin/users/{ids[1]}/disable", null);
            var second = SendAsync(tokens[1], HttpMethod.Post, $"{InstanceUrls[1]}/api/v1/admin/users/{ids[0]}/disable", null);
            var answers = new[] { await first, await second };

            var disabled = new List<string>();
            foreach (var node in NodeDbs)
            {
                await using var db = await OpenAsync(node);
                await db.ExecuteAsync("SET SESSION wsrep_sync_wait = 1");
                disabled.Add(string.Join(",", await db.QueryAsync<long>("SELECT id FROM staff_user WHERE id IN @ids AND disabled = 1 ORDER BY id",
                    new { ids })));
            }

            var outcome = $"{answers[0].Status}/{answers[1].Status}, disabled [{disabled[0]}]";
            TestContext.Out.WriteLine($"[{Mode}] trial {trial}: {outcome}");
            if (disabled.Distinct().Count() != 1 || disabled[0].Split(',').Length != 1
                || !answers.Select(a => a.Status).Order().SequenceEqual([200, 401]))
            {
                broken.Add($"trial {trial}: {outcome}");
            }
        }

        TestContext.Out.WriteLine($"[{Mode}] {broken.Count} of {Trials} trials broke the rule");
        Assert.That(broken, Is.Empty, "exactly one 200 and one 401, exactly one account disabled, on every node");
    }
}
