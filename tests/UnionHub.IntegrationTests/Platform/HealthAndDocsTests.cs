using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Platform;

public sealed class HealthAndDocsTests : ApiTest
{
    [Test]
    public async Task Live_answers_200()
    {
        using var client = Anonymous();
        var response = await client.GetAsync("/health/live");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Ready_answers_200_when_database_answers_and_migrations_are_applied()
    {
        using var client = Anonymous();
        var response = await client.GetAsync("/health/ready");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Healthy"));

        await using var db = await DbAsync();
        var applied = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_changelog WHERE name LIKE 'V%' AND success = 1");
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "db-migrations"), "V*__*.sql").Length;
        Assert.That(applied, Is.EqualTo(files).And.GreaterThan(0), "every migration file is recorded as applied");
    }

    [Test]
    public async Task Ready_answers_503_when_a_migration_is_pending()
    {
        var folder = Directory.CreateTempSubdirectory("uh-migrations-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "db-migrations")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "V999__not_yet.sql"), "SELECT 1;");
        await using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Database:MigrationsPath"] = folder,
            ["Database:MigrateOnStartup"] = "false",
        });
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/health/ready");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("V999__not_yet.sql"));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Ready_answers_503_and_requests_get_service_unavailable_when_the_database_is_down()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:UnionHub"] = "Server=127.0.0.1;Port=1;Database=x;User ID=x;Password=x;Connection Timeout=2",
            ["Database:MigrateOnStartup"] = "false",
            ["Bootstrap:AdminPassword"] = null,
        });
        // the bootstrap start-up task needs the database; skip it by hosting without starting tasks
        using var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            var tasks = s.Where(d => d.ServiceType == typeof(UnionHub.Api.Platform.IStartupTask)).ToList();
            foreach (var t in tasks)
            {
                s.Remove(t);
            }
        })).CreateClient();

        var ready = await client.GetAsync("/health/ready");
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));

        var login = await client.PostAsJsonAsync("/api/v1/admin/auth/login", new { username = "admin", password = "whatever-it-is" });
        await Problem.ExpectAsync(login, 503, "service.unavailable");
    }

    [Test]
    public async Task OpenApi_document_is_served_with_security_schemes_and_routes()
    {
        using var client = Anonymous();
        var response = await client.GetAsync("/swagger/v1/swagger.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var doc = await response.Content.ReadFromJsonAsync<JsonElement>();
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        Assert.That(schemes.TryGetProperty("Bearer", out _), Is.True);
        Assert.That(schemes.GetProperty("ApiKey").GetProperty("name").GetString(), Is.EqualTo("X-Api-Key"));
        var paths = doc.GetProperty("paths");
        Assert.That(paths.TryGetProperty("/api/v1/admin/auth/login", out _), Is.True);
        var createUser = paths.GetProperty("/api/v1/admin/users").GetProperty("post");
        Assert.That(createUser.GetProperty("operationId").GetString(), Is.EqualTo("CreateStaffUser"));
        Assert.That(createUser.TryGetProperty("security", out _), Is.True, "protected routes declare their security");

        var ui = await client.GetAsync("/swagger/index.html");
        Assert.That(ui.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
