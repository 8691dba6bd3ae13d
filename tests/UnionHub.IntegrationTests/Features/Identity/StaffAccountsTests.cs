using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using MySqlConnector;
using UnionHub.Api.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Identity;

public sealed class StaffAccountsTests : ApiTest
{
    private static async Task<HttpResponseMessage> LoginAsync(string username, string password)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/v1/admin/auth/login", new { username, password });
    }

    [Test]
    public async Task Bootstrap_admin_logs_in_as_super_admin()
    {
        var response = await LoginAsync("admin", ApiFactory.AdminPassword);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "super_admin" }));
        Assert.That(body.GetProperty("expiresIn").GetInt32(), Is.EqualTo(900));
        Assert.That(body.GetProperty("accessToken").GetString()!.Split('.'), Has.Length.EqualTo(3));
    }

    [Test]
    public async Task Bootstrap_creates_one_admin_only_when_no_staff_exists()
    {
        var task = Api.Services.GetServices<UnionHub.Api.Platform.IStartupTask>().OfType<BootstrapAdmin>().Single();
        await task.RunAsync(CancellationToken.None);
        await task.RunAsync(CancellationToken.None);
        await using var db = await DbAsync();
        var rows = (await db.QueryAsync<(string Username, string Role, string PasswordHash)>(
            "SELECT username, role, password_hash FROM staff_user")).ToList();
        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0].Username, Is.EqualTo("admin"));
        Assert.That(rows[0].Role, Is.EqualTo("super_admin"));
        Assert.That(rows[0].PasswordHash, Does.Not.Contain(ApiFactory.AdminPassword), "passwords are stored hashed");
    }

    [Test]
    public async Task Bootstrap_refuses_to_start_outside_development_without_a_password_when_no_staff_exists()
    {
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("DELETE FROM staff_user");
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        var env = new TestEnvironment { EnvironmentName = Environments.Production };
        var task = new BootstrapAdmin(Api.Services.GetRequiredService<MySqlDataSource>(), config, env, TimeProvider.System,
            NullLogger<BootstrapAdmin>.Instance);
        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => task.RunAsync(CancellationToken.None));
        Assert.That(ex!.Message, Does.Contain("Bootstrap:AdminPassword"));

        env.EnvironmentName = Environments.Development; // Development starts anyway, with a warning
        Assert.DoesNotThrowAsync(() => task.RunAsync(CancellationToken.None));
    }

    [Test]
    public async Task Wrong_password_and_unknown_user_are_the_same_401()
    {
        var wrong = await LoginAsync("admin", "not-the-password");
        await Problem.ExpectAsync(wrong, 401, "auth.invalid_credentials");
        var unknown = await LoginAsync("nobody", "not-the-password");
        await Problem.ExpectAsync(unknown, 401, "auth.invalid_credentials");
    }

    [Test]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes()
    {
        for (var i = 0; i < 5; i++)
        {
            await Problem.ExpectAsync(await LoginAsync("admin", "wrong-" + i), 401, "auth.invalid_credentials");
        }

        // even the right password is refused while locked, with the answer a wrong password gets (a lock does not tell that the user exists)
        await Problem.ExpectAsync(await LoginAsync("admin", ApiFactory.AdminPassword), 401, "auth.invalid_credentials");

        Api.Clock.Advance(TimeSpan.FromMinutes(14));
        await Problem.ExpectAsync(await LoginAsync("admin", ApiFactory.AdminPassword), 401, "auth.invalid_credentials");

        Api.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var after = await LoginAsync("admin", ApiFactory.AdminPassword);
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await using var db = await DbAsync();
        var state = await db.QuerySingleAsync<(int Failed, DateTime? Locked)>("SELECT failed_logins, locked_until FROM staff_user WHERE username='admin'");
        Assert.That(state.Failed, Is.Zero);
        Assert.That(state.Locked, Is.Null);
    }

    [Test]
    public async Task Four_failures_then_success_resets_the_count()
    {
        for (var i = 0; i < 4; i++)
        {
            await LoginAsync("admin", "wrong");
        }

        Assert.That((await LoginAsync("admin", ApiFactory.AdminPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        for (var i = 0; i < 4; i++)
        {
            await LoginAsync("admin", "wrong");
        }

        Assert.That((await LoginAsync("admin", ApiFactory.AdminPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "not locked: the count restarted");
    }

    [Test]
    public async Task Super_admin_creates_staff_who_can_log_in_and_the_creation_is_audited()
    {
        using var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { username = "reviewer.li", password = "a long enough password", role = "reviewer" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        Assert.That(created.GetProperty("role").GetString(), Is.EqualTo("reviewer"));
        Assert.That(created.TryGetProperty("password", out _), Is.False);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/admin/users/{id}"));

        var login = await LoginAsync("reviewer.li", "a long enough password");
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(tokens.GetProperty("roles")[0].GetString(), Is.EqualTo("reviewer"));

        await using var db = await DbAsync();
        var audit = await db.QuerySingleAsync<(string Action, string ActorKind, string ActorId, string Details)>(
            "SELECT action, actor_kind, actor_id, details FROM audit_log WHERE entity='staff_user' AND entity_id=@id", new { id });
        Assert.That(audit.Action, Is.EqualTo("staff_user.create"));
        Assert.That(audit.ActorKind, Is.EqualTo("staff"));
        Assert.That(audit.Details, Does.Not.Contain("a long enough password"));

        var trail = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?entity=staff_user&entityId={id}");
        Assert.That(trail.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(trail.GetProperty("items")[0].GetProperty("action").GetString(), Is.EqualTo("staff_user.create"));
    }

    [Test]
    public async Task Duplicate_username_is_409_and_bad_fields_are_422()
    {
        using var admin = await AdminAsync();
        var first = await admin.PostAsJsonAsync("/api/v1/admin/users", new { username = "wang", password = "0123456789ab", role = "reviewer" });
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var again = await admin.PostAsJsonAsync("/api/v1/admin/users", new { username = "wang", password = "0123456789ab", role = "reviewer" });
        await Problem.ExpectAsync(again, 409, "user.username_taken");

        var bad = await admin.PostAsJsonAsync("/api/v1/admin/users", new { username = "x", password = "short", role = "pope" });
        var problem = await Problem.ExpectAsync(bad, 422, "validation.failed");
        var errors = problem.Raw.GetProperty("errors");
        Assert.That(errors.TryGetProperty("username", out _) && errors.TryGetProperty("password", out _) && errors.TryGetProperty("role", out _));

        var orgAdminWithoutOrg = await admin.PostAsJsonAsync("/api/v1/admin/users", new { username = "zhao", password = "0123456789ab", role = "org_admin" });
        var p2 = await Problem.ExpectAsync(orgAdminWithoutOrg, 422, "validation.failed");
        Assert.That(p2.Raw.GetProperty("errors").TryGetProperty("orgId", out _));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM staff_user"), Is.EqualTo(2), "admin and wang only");
    }

    [Test]
    public async Task Enterprise_contacts_are_bound_to_an_existing_enterprise_and_lawyers_need_no_binding()
    {
        using var admin = await AdminAsync();
        var orgId = await Seed.OrgAsync();
        var enterpriseId = await Seed.EnterpriseAsync(orgId);

        var unbound = await admin.PostAsJsonAsync("/api/v1/admin/users", new { username = "contact.a", password = "0123456789ab", role = "enterprise_contact" });
        var p1 = await Problem.ExpectAsync(unbound, 422, "validation.failed");
        Assert.That(p1.Raw.GetProperty("errors").TryGetProperty("enterpriseId", out _));
        var missing = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { username = "contact.b", password = "0123456789ab", role = "enterprise_contact", enterpriseId = (enterpriseId + 1000).ToString() });
        await Problem.ExpectAsync(missing, 422, "enterprise.not_found");

        var created = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { username = "contact.c", password = "0123456789ab", role = "enterprise_contact", enterpriseId = enterpriseId.ToString() });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enterpriseId").GetString(), Is.EqualTo(enterpriseId.ToString()));
        var token = await StaffTokenAsync("contact.c", "0123456789ab");
        var claims = TokenClaims(token);
        Assert.That(claims.GetProperty("enterprise").GetString(), Is.EqualTo(enterpriseId.ToString()));
        Assert.That(claims.GetProperty("role").ToString(), Does.Contain("enterprise_contact"));

        // a lawyer is not bound to an enterprise even when one is sent
        var lawyer = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { username = "lawyer.d", password = "0123456789ab", role = "lawyer", enterpriseId = enterpriseId.ToString() });
        Assert.That(lawyer.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<long?>("SELECT enterprise_id FROM staff_user WHERE username='lawyer.d'"), Is.Null);
        Assert.That(await db.ExecuteScalarAsync<long?>("SELECT enterprise_id FROM staff_user WHERE username='contact.c'"), Is.EqualTo(enterpriseId));
    }

    [Test]
    public async Task Only_super_admin_creates_users()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var response = await reviewer.PostAsJsonAsync("/api/v1/admin/users", new { username = "sneaky", password = "0123456789ab", role = "super_admin" });
        await Problem.ExpectAsync(response, 403, "auth.forbidden");

        using var anonymous = Anonymous();
        var noToken = await anonymous.PostAsJsonAsync("/api/v1/admin/users", new { username = "sneaky", password = "0123456789ab", role = "super_admin" });
        await Problem.ExpectAsync(noToken, 401, "auth.unauthenticated");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM staff_user WHERE username='sneaky'"), Is.Zero);
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "UnionHub.Api";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
