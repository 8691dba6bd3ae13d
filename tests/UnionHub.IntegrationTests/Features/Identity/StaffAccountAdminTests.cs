using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Identity;

/// <summary>#17 staff accounts: list, disable/enable, one-time password reset, changing one's own password; each audited.</summary>
public sealed class StaffAccountAdminTests : ApiTest
{
    private const string Password = "correct horse battery";

    private static async Task<(string Id, string Username)> NewUserAsync(HttpClient admin, string role = "reviewer", string? orgId = null)
    {
        var username = $"{role}.{Guid.NewGuid():N}"[..24];
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = Password, role, orgId }), 201);
        return (created.GetProperty("id").GetString()!, username);
    }

    private static async Task<HttpResponseMessage> LoginAsync(string username, string password)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/v1/admin/auth/login", new { username, password });
    }

    private static async Task<(string Access, string Refresh)> TokensAsync(string username, string password)
    {
        var body = await JsonAsync(await LoginAsync(username, password), 200);
        return (body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!);
    }

    private static async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
    }

    private static async Task<List<string>> AuditActionsAsync(string staffId)
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<string>("SELECT action FROM audit_log WHERE entity = 'staff_user' AND entity_id = @staffId ORDER BY id",
            new { staffId })).ToList();
    }

    [Test]
    public async Task Staff_accounts_are_listed_with_filters_state_and_last_login()
    {
        using var admin = await AdminAsync();
        var org = await Seed.OrgAsync("名单工会");
        var reviewer = await NewUserAsync(admin);
        var orgAdmin = await NewUserAsync(admin, "org_admin", org.ToString());
        await TokensAsync(reviewer.Username, Password);

        var all = await JsonAsync(await admin.GetAsync("/api/v1/admin/users?limit=100"), 200);
        var byId = all.GetProperty("items").EnumerateArray().ToDictionary(u => u.GetProperty("id").GetString()!);
        Assert.That(byId.Keys, Is.SupersetOf(new[] { reviewer.Id, orgAdmin.Id }));
        Assert.That(byId[reviewer.Id].GetProperty("lastLoginAt").ValueKind, Is.EqualTo(JsonValueKind.String), "logged in once");
        Assert.That(byId[orgAdmin.Id].GetProperty("lastLoginAt").ValueKind, Is.EqualTo(JsonValueKind.Null), "never logged in");
        Assert.That(byId[reviewer.Id].GetProperty("state").GetString(), Is.EqualTo("active"));
        Assert.That(byId[reviewer.Id].ToString(), Does.Not.Contain("AQAAAA").And.Not.Contain("Hash"), "no password hash in the list");

        var orgAdmins = await JsonAsync(await admin.GetAsync($"/api/v1/admin/users?role=org_admin&orgId={org}"), 200);
        Assert.That(orgAdmins.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetString()), Is.EqualTo(new[] { orgAdmin.Id }));
        var byName = await JsonAsync(await admin.GetAsync($"/api/v1/admin/users?username={reviewer.Username[..20]}"), 200);
        Assert.That(byName.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetString()), Is.EqualTo(new[] { reviewer.Id }));
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/users?role=janitor"), 422, "validation.failed");

        using var notAdmin = WithToken((await TokensAsync(reviewer.Username, Password)).Access);
        await JsonAsync(await notAdmin.GetAsync("/api/v1/admin/users"), 403);
    }

    [Test]
    public async Task A_disabled_account_is_refused_at_its_next_call_and_refresh_on_every_session_then_enabled_again()
    {
        using var admin = await AdminAsync();
        var user = await NewUserAsync(admin, "super_admin");
        // two sessions (two devices), both working
        var sessions = new[] { await TokensAsync(user.Username, Password), await TokensAsync(user.Username, Password) };
        foreach (var s in sessions)
        {
            using var c = WithToken(s.Access);
            await JsonAsync(await c.GetAsync("/api/v1/admin/users"), 200);
        }

        var disabled = await JsonAsync(await admin.PostAsync($"/api/v1/admin/users/{user.Id}/disable", null), 200);
        Assert.That(disabled.GetProperty("disabled").GetBoolean(), Is.True);

        // the access tokens are still within their 15 minutes, yet refused now, in parallel, from every session
        var calls = await Task.WhenAll(sessions.SelectMany(s => Enumerable.Range(0, 5).Select(async _ =>
        {
            using var c = WithToken(s.Access);
            using var r = await c.GetAsync("/api/v1/admin/users");
            return r.StatusCode;
        })));
        Assert.That(calls, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        foreach (var s in sessions)
        {
            await JsonAsync(await RefreshAsync(s.Refresh), 401);
        }

        await JsonAsync(await LoginAsync(user.Username, Password), 401);
        var list = await JsonAsync(await admin.GetAsync("/api/v1/admin/users?disabled=true"), 200);
        Assert.That(list.GetProperty("items").EnumerateArray().Select(u => (u.GetProperty("id").GetString(), u.GetProperty("state").GetString())),
            Does.Contain((user.Id, "disabled")));

        await JsonAsync(await admin.PostAsync($"/api/v1/admin/users/{user.Id}/enable", null), 200);
        using (var again = WithToken((await TokensAsync(user.Username, Password)).Access))
        {
            await JsonAsync(await again.GetAsync("/api/v1/admin/users"), 200);
        }

        using (var old = WithToken(sessions[0].Access))
        {
            await JsonAsync(await old.GetAsync("/api/v1/admin/users"), 401); // enabling does not revive ended sessions
        }

        Assert.That(await AuditActionsAsync(user.Id), Is.EqualTo(new[] { "staff_user.create", "staff_user.disable", "staff_user.enable" }));
    }

    [Test]
    public async Task A_super_admin_cannot_disable_or_reset_their_own_account_and_unknown_ids_are_404()
    {
        using var admin = await AdminAsync();
        await using var db = await DbAsync();
        var adminId = await db.ExecuteScalarAsync<long>("SELECT id FROM staff_user WHERE username = 'admin'");
        await Problem.ExpectAsync(await admin.PostAsync($"/api/v1/admin/users/{adminId}/disable", null), 422, "user.cannot_disable_self");
        await Problem.ExpectAsync(await admin.PostAsync($"/api/v1/admin/users/{adminId}/password-reset", null), 422, "user.cannot_disable_self");
        await JsonAsync(await admin.PostAsync("/api/v1/admin/users/999999999/disable", null), 404);
        await JsonAsync(await admin.PostAsync("/api/v1/admin/users/nope/password-reset", null), 404);
        Assert.That(await db.ExecuteScalarAsync<bool>("SELECT disabled FROM staff_user WHERE id = @adminId", new { adminId }), Is.False);
    }

    [Test]
    public async Task A_reset_gives_a_one_time_password_that_must_be_changed_before_anything_else()
    {
        using var admin = await AdminAsync();
        var user = await NewUserAsync(admin);
        var before = await TokensAsync(user.Username, Password);

        var reset = await JsonAsync(await admin.PostAsync($"/api/v1/admin/users/{user.Id}/password-reset", null), 200);
        var oneTime = reset.GetProperty("oneTimePassword").GetString()!;
        Assert.That(oneTime, Has.Length.EqualTo(16));
        using (var old = WithToken(before.Access))
        {
            await JsonAsync(await old.GetAsync("/api/v1/admin/funds"), 401); // the reset ended the old sessions
        }

        await JsonAsync(await RefreshAsync(before.Refresh), 401);
        await JsonAsync(await LoginAsync(user.Username, Password), 401);

        var login = await JsonAsync(await LoginAsync(user.Username, oneTime), 200);
        Assert.That(login.GetProperty("passwordChangeRequired").GetBoolean(), Is.True);
        using var client = WithToken(login.GetProperty("accessToken").GetString()!);
        await Problem.ExpectAsync(await client.GetAsync("/api/v1/admin/funds"), 403, "auth.password_change_required");

        await Problem.ExpectAsync(await client.PostAsJsonAsync("/api/v1/admin/me/password",
            new { currentPassword = "not the one", newPassword = "a brand new password" }), 422, "auth.wrong_password");
        await Problem.ExpectAsync(await client.PostAsJsonAsync("/api/v1/admin/me/password",
            new { currentPassword = oneTime, newPassword = oneTime }), 422, "validation.failed");

        var key = Guid.NewGuid().ToString();
        var changed = await PostKeyedAsync(client, "/api/v1/admin/me/password", new { currentPassword = oneTime, newPassword = "a brand new password" }, key);
        var first = await changed.Content.ReadAsStringAsync();
        Assert.That((int)changed.StatusCode, Is.EqualTo(200), first);
        // the answer was lost: the retry with the same key replays it (the current password has changed meanwhile)
        using var again = WithToken((await TokensAsync(user.Username, "a brand new password")).Access);
        var replay = await PostKeyedAsync(again, "/api/v1/admin/me/password", new { currentPassword = oneTime, newPassword = "a brand new password" }, key);
        Assert.That(((int)replay.StatusCode, await replay.Content.ReadAsStringAsync()), Is.EqualTo((200, first)));

        await JsonAsync(await client.GetAsync("/api/v1/admin/funds"), 401); // the change ended the one-time session too
        await JsonAsync(await LoginAsync(user.Username, oneTime), 401);
        var fresh = await JsonAsync(await LoginAsync(user.Username, "a brand new password"), 200);
        Assert.That(fresh.GetProperty("passwordChangeRequired").GetBoolean(), Is.False);
        using var working = WithToken(fresh.GetProperty("accessToken").GetString()!);
        await JsonAsync(await working.GetAsync("/api/v1/admin/funds"), 200);

        Assert.That(await AuditActionsAsync(user.Id), Is.EqualTo(new[] { "staff_user.create", "staff_user.password_reset", "staff_user.password_change" }));
        await using var db = await DbAsync();
        var hash = await db.ExecuteScalarAsync<string>("SELECT password_hash FROM staff_user WHERE id = @id", new { id = user.Id });
        Assert.That(hash, Does.Not.Contain("brand new"));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM idempotency_key WHERE response_body LIKE '%Token%' OR response_body LIKE @p",
            new { p = "%" + oneTime + "%" }), Is.Zero, "no token or password kept in the key store");
    }
}
