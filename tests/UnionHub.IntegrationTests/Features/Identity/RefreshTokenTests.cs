using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Identity;

public sealed class RefreshTokenTests : MemberAuthTest
{
    private const string Phone = "13600136000";

    [Test]
    public async Task Refresh_rotates_and_spends_the_old_token()
    {
        var login = await LoginBySmsAsync(Phone);
        var r1 = RefreshOf(login);
        var first = await RefreshAsync(r1);
        Assert.That((int)first.StatusCode, Is.EqualTo(200), await first.Content.ReadAsStringAsync());
        var t2 = await first.Content.ReadFromJsonAsync<JsonElement>();
        var r2 = RefreshOf(t2);
        Assert.That(r2, Is.Not.EqualTo(r1));
        Assert.That(MemberIdOf(t2), Is.EqualTo(MemberIdOf(login)));
        Assert.That(t2.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "member" }));

        var second = await RefreshAsync(r2);
        Assert.That((int)second.StatusCode, Is.EqualTo(200));

        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(byte[] Hash, byte[] Family, DateTime? SpentAt, DateTime? RevokedAt)>(
            "SELECT token_hash, family_id, spent_at, revoked_at FROM refresh_token ORDER BY id")).ToList();
        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows.Select(r => Convert.ToHexString(r.Family)).Distinct().Count(), Is.EqualTo(1), "one family");
        Assert.That(rows[0].Hash, Is.EqualTo(SHA256.HashData(Encoding.UTF8.GetBytes(r1))), "stored as SHA-256 only");
        Assert.That(rows.Select(r => r.SpentAt is not null), Is.EqualTo(new[] { true, true, false }));
        Assert.That(rows.Select(r => r.RevokedAt), Is.All.Null);
    }

    [Test]
    public async Task Reusing_a_spent_token_revokes_the_whole_family()
    {
        var login = await LoginBySmsAsync(Phone);
        var r1 = RefreshOf(login);
        var r2 = RefreshOf(await (await RefreshAsync(r1)).Content.ReadFromJsonAsync<JsonElement>());

        await Problem.ExpectAsync(await RefreshAsync(r1), 401, "auth.invalid_refresh");
        await Problem.ExpectAsync(await RefreshAsync(r2), 401, "auth.invalid_refresh"); // the thief's or the owner's: both stop

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM refresh_token WHERE revoked_at IS NULL"), Is.Zero);
    }

    [Test]
    public async Task Other_families_survive_a_reuse()
    {
        var phoneLogin = await LoginBySmsAsync(Phone);
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var otherDevice = await LoginBySmsAsync(Phone);
        var r1 = RefreshOf(phoneLogin);
        await RefreshAsync(r1);
        await RefreshAsync(r1);
        Assert.That((int)(await RefreshAsync(RefreshOf(otherDevice))).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task Racing_refreshes_of_one_token_give_one_winner_and_then_revoke_the_family()
    {
        var r1 = RefreshOf(await LoginBySmsAsync(Phone));
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RefreshAsync(r1)));
        Assert.That(answers.Count(a => (int)a.StatusCode == 200), Is.EqualTo(1));
        Assert.That(answers.Count(a => (int)a.StatusCode == 401), Is.EqualTo(7));
        var winner = answers.Single(a => (int)a.StatusCode == 200);
        var next = RefreshOf(await winner.Content.ReadFromJsonAsync<JsonElement>());
        await Problem.ExpectAsync(await RefreshAsync(next), 401, "auth.invalid_refresh");
    }

    [Test]
    public async Task A_refresh_that_waited_for_the_winners_spend_revokes_the_family()
    {
        var r1 = RefreshOf(await LoginBySmsAsync(Phone));
        // The winner: spends the token and holds the row until the loser has read it (before the spend) and waits to spend it too.
        await using var winner = await DbAsync();
        await using var tx = await winner.BeginTransactionAsync();
        Assert.That(await winner.ExecuteAsync("UPDATE refresh_token SET spent_at = UTC_TIMESTAMP(6) WHERE token_hash = @hash",
            new { hash = SHA256.HashData(Encoding.UTF8.GetBytes(r1)) }, tx), Is.EqualTo(1));

        var loser = RefreshAsync(r1);
        await using (var probe = await DbAsync())
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (await probe.ExecuteScalarAsync<int>(
                       "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'UPDATE refresh_token SET spent_at%'") == 0)
            {
                Assert.That(waited.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "the refresh never waited for the spent row");
                await Task.Delay(10);
            }
        }

        await tx.CommitAsync();
        await Problem.ExpectAsync(await loser, 401, "auth.invalid_refresh");
        Assert.That(await winner.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM refresh_token WHERE revoked_at IS NULL"), Is.Zero,
            "the loser saw the committed spend, not its snapshot, and revoked the family");
    }

    [Test]
    public async Task Logout_revokes_the_family()
    {
        var login = await LoginBySmsAsync(Phone);
        var r2 = RefreshOf(await (await RefreshAsync(RefreshOf(login))).Content.ReadFromJsonAsync<JsonElement>());
        using var client = Anonymous();
        var logout = await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = r2 });
        Assert.That((int)logout.StatusCode, Is.EqualTo(204));
        await Problem.ExpectAsync(await RefreshAsync(r2), 401, "auth.invalid_refresh");
        Assert.That((int)(await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = "unknown" })).StatusCode, Is.EqualTo(204));
    }

    [Test]
    public async Task Refresh_tokens_expire_after_thirty_days()
    {
        var login = await LoginBySmsAsync(Phone);
        Api.Clock.Advance(TimeSpan.FromDays(29));
        var fresh = await RefreshAsync(RefreshOf(login));
        Assert.That((int)fresh.StatusCode, Is.EqualTo(200));
        Api.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        await Problem.ExpectAsync(await RefreshAsync(RefreshOf(await fresh.Content.ReadFromJsonAsync<JsonElement>())), 401, "auth.invalid_refresh");
    }

    [TestCase("")]
    [TestCase("not-a-token")]
    public async Task Unknown_tokens_are_refused(string token) =>
        await Problem.ExpectAsync(await RefreshAsync(token), 401, "auth.invalid_refresh");

    [Test]
    public async Task Staff_login_returns_a_refresh_token_that_gives_the_same_claims()
    {
        using var admin = await AdminAsync();
        var orgAdmin = $"org-{Guid.NewGuid():N}"[..20];
        Assert.That((int)(await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { username = orgAdmin, password = "correct horse battery", role = "org_admin", orgId = "42" })).StatusCode, Is.EqualTo(201));
        using var anonymous = Anonymous();
        var login = await (await anonymous.PostAsJsonAsync("/api/v1/admin/auth/login",
            new { username = orgAdmin, password = "correct horse battery" })).Content.ReadFromJsonAsync<JsonElement>();
        var refreshed = await RefreshAsync(RefreshOf(login));
        Assert.That((int)refreshed.StatusCode, Is.EqualTo(200), await refreshed.Content.ReadAsStringAsync());
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "org_admin" }));
        Assert.That(Claims(AccessOf(body)), Is.EquivalentTo(Claims(AccessOf(login))));

        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE staff_user SET disabled = 1 WHERE username = @orgAdmin", new { orgAdmin });
        }

        await Problem.ExpectAsync(await RefreshAsync(RefreshOf(body)), 401, "auth.invalid_refresh");
    }

    [Test]
    public async Task A_locked_staff_account_cannot_refresh()
    {
        using var anonymous = Anonymous();
        var login = await (await anonymous.PostAsJsonAsync("/api/v1/admin/auth/login",
            new { username = "admin", password = ApiFactory.AdminPassword })).Content.ReadFromJsonAsync<JsonElement>();
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE staff_user SET locked_until = @until WHERE username = 'admin'",
                new { until = Api.Clock.GetUtcNow().UtcDateTime.AddMinutes(10) });
        }

        await Problem.ExpectAsync(await RefreshAsync(RefreshOf(login)), 401, "auth.invalid_refresh");
    }

    /// <summary>The claims that matter (not jti, iat, nbf, exp).</summary>
    private static Dictionary<string, string> Claims(string jwt)
    {
        var json = TokenClaims(jwt);
        return json.EnumerateObject().Where(p => p.Name is not ("jti" or "iat" or "nbf" or "exp"))
            .ToDictionary(p => p.Name, p => p.Value.GetRawText());
    }
}
