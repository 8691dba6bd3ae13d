using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MySqlConnector;
using Respawn;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests;

/// <summary>A clock the tests can move forward, or stop; it follows real time otherwise (tokens stay valid).</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;
    private DateTimeOffset? _stoppedAt;
    public override DateTimeOffset GetUtcNow() => _stoppedAt ?? base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by)
    {
        _offset += by;
        _stoppedAt += by;
    }

    /// <summary>Stops the clock where it is (until <see cref="Reset"/>; <see cref="Advance"/> still moves it): for checks that must all
    /// fall in one short window however slowly the machine runs them.</summary>
    public void Stop() => _stoppedAt = GetUtcNow();

    public void Reset()
    {
        _offset = TimeSpan.Zero;
        _stoppedAt = null;
    }
}

/// <summary>The API hosted in-process against the real MariaDB named by UNIONHUB_TEST_DB.</summary>
public sealed class ApiFactory(IDictionary<string, string?>? overrides = null) : WebApplicationFactory<Program>
{
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public static readonly string PiiKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public static readonly string PiiIndexKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public static readonly string VoucherKey = UnionHub.Api.Features.Perks.VoucherSigner.NewPrivateKey();
    public const string AdminPassword = "test-admin-password";

    public TestClock Clock { get; } = new();

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("UNIONHUB_TEST_DB") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "UNIONHUB_TEST_DB is not set. Run the tests with `./dev test`, which starts a throw-away MariaDB and sets it.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:UnionHub"] = ConnectionString,
            ["Jwt:SigningKey"] = SigningKey,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["Pii:ActiveKeyId"] = "t1",
            ["Pii:Keys:t1"] = PiiKey,
            ["Pii:IndexKey"] = PiiIndexKey,
            ["Database:MigrateOnStartup"] = "true",
            ["Vouchers:SigningKey"] = VoucherKey,
            ["RateLimits:StaffLoginPerMinute"] = "100000",
            ["RateLimits:WeChatLoginPerAddressPerMinute"] = "100000",
            ["RateLimits:ClaimsPerMemberPerMinute"] = "0", // tests of the limit start their own host
            ["Sms:Provider"] = "fake", ["Wechat:Provider"] = "fake",
            ["WechatH5:Provider"] = "fake",
            ["Housekeeping:Enabled"] = "false", // tests move the clock; they run a sweep themselves when they want one
            ["Notifications:WorkerEnabled"] = "false", // notification tests drive delivery themselves
            ["Lotteries:LapseSweepEnabled"] = "false", // lottery tests move the clock and run the sweep themselves
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        // Settings must be in place before Program reads them while building the host.
        builder.UseSetting("ConnectionStrings:UnionHub", settings["ConnectionStrings:UnionHub"]);
        foreach (var (k, v) in settings)
        {
            builder.UseSetting(k, v);
        }

        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
        builder.ConfigureServices(s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            s.AddTransient<IStartupFilter, ContractCheckStartupFilter>(); // every /api/ answer is held to the OpenAPI document
        });
    }
}

/// <summary>One API host and one database for the whole run; migrations applied once.</summary>
[SetUpFixture]
public sealed class TestRun
{
    public static ApiFactory Api { get; private set; } = null!;
    private static Respawner? _respawner;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Api = new ApiFactory();
        _ = Api.Server; // starts the host: applies db-migrations/ and creates the bootstrap admin
        using (var client = Api.CreateClient())
        {
            OpenApiContract.Current = new OpenApiContract(await client.GetStringAsync("/swagger/v1/swagger.json"));
        }

        await using var conn = new MySqlConnection(ApiFactory.ConnectionString);
        await conn.OpenAsync();
        _respawner = await Respawner.CreateAsync(conn, new RespawnerOptions
        {
            DbAdapter = DbAdapter.MySql,
            SchemasToInclude = [conn.Database],
            TablesToIgnore = [new Respawn.Graph.Table(Migrator.MetadataTable)],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await Api.DisposeAsync();

    /// <summary>
    /// Tests read "today" in China (days, months, years: statements, reports, cover dates, daily limits) more than once, and the clock
    /// follows real time: a test that started in the last minutes before midnight there saw two days, or two years. It starts just
    /// after that midnight instead; tests of boundaries move the clock there themselves.
    /// </summary>
    public static void StartClearOfChinaMidnight(TestClock clock)
    {
        var china = clock.GetUtcNow().ToOffset(Clock.ChinaOffset);
        var toMidnight = china.Date.AddDays(1) - china.DateTime;
        if (toMidnight < TimeSpan.FromMinutes(5))
        {
            clock.Advance(toMidnight + TimeSpan.FromSeconds(1));
        }
    }

    public static async Task ResetAsync()
    {
        await using var conn = new MySqlConnection(ApiFactory.ConnectionString);
        await conn.OpenAsync();
        await _respawner!.ResetAsync(conn);
        Api.Clock.Reset();
        StartClearOfChinaMidnight(Api.Clock);
        await Api.Services.GetServices<IStartupTask>().OfType<BootstrapAdmin>().Single().RunAsync(CancellationToken.None);
    }
}

/// <summary>Base for tests: a clean database before each test, and helpers for authenticated clients.</summary>
public abstract class ApiTest
{
    protected static ApiFactory Api => TestRun.Api;

    [SetUp]
    public Task ResetDatabase() => TestRun.ResetAsync();

    protected static HttpClient Anonymous() => Api.CreateClient();

    /// <summary>Starts all requests together (real parallel HTTP requests) and returns (status, body) in order.</summary>
    protected static async Task<List<(int Status, JsonElement Body)>> ParallelAsync(IEnumerable<Func<Task<HttpResponseMessage>>> calls)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = calls.Select(async call =>
        {
            await start.Task;
            using var response = await call();
            var text = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }).ToList();
        start.SetResult();
        return (await Task.WhenAll(tasks)).ToList();
    }

    protected static HttpClient WithToken(string token)
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected static async Task<string> StaffTokenAsync(string username, string password)
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/admin/auth/login", new { username, password });
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<TokensResponse>();
        return body!.AccessToken;
    }

    protected static Task<HttpClient> AdminAsync() => StaffClientAsync(BootstrapAdmin.AdminUsername, ApiFactory.AdminPassword);

    protected static async Task<HttpClient> StaffClientAsync(string username, string password) =>
        WithToken(await StaffTokenAsync(username, password));

    /// <summary>Creates a staff user through the API as the bootstrap admin and returns a client logged in as that user.</summary>
    protected static async Task<HttpClient> NewStaffAsync(string role, string? orgId = null, string? merchantId = null, string? enterpriseId = null)
    {
        using var admin = await AdminAsync();
        var username = $"{role}-{Guid.NewGuid():N}"[..30];
        const string password = "correct horse battery";
        var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password, role, orgId, merchantId, enterpriseId });
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        return await StaffClientAsync(username, password);
    }

    /// <summary>The claims a JWT carries (its payload, read without checking the signature).</summary>
    protected static JsonElement TokenClaims(string jwt) =>
        JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(jwt.Split('.')[1])).RootElement.Clone();

    /// <summary>The staff user id a client's access token carries (its <c>sub</c>).</summary>
    protected static string StaffIdOf(HttpClient staff) =>
        TokenClaims(staff.DefaultRequestHeaders.Authorization!.Parameter!).GetProperty("sub").GetString()!;

    protected static string MemberToken(long memberId) =>
        Api.Services.GetRequiredService<TokenIssuer>().Issue("member", memberId, [Roles.Member], Api.Clock.GetUtcNow());

    /// <summary>The answer's JSON, after asserting its status (the body is the failure message); default for an empty body.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, int expectedStatus)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(expectedStatus), text);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A POST as phones and tills send a write they may retry: the JSON body (none when null) and the Idempotency-Key (none when null).</summary>
    public static HttpRequestMessage KeyedPost(string url, object? body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    /// <summary>Sends <see cref="KeyedPost"/> with the client's own headers (its token).</summary>
    public static async Task<HttpResponseMessage> PostKeyedAsync(HttpClient client, string url, object? body, string? idempotencyKey)
    {
        using var request = KeyedPost(url, body, idempotencyKey);
        return await client.SendAsync(request);
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> statements whose text is like <paramref name="sqlLike"/> (a LIKE pattern; a
    /// trailing % is added) are running on the server, e.g. queued behind a row lock the test holds: a forced interleaving waits for
    /// the state it needs instead of sleeping for a time a slow, shared machine may outlast. Fails after 30 s.
    /// </summary>
    protected static async Task WaitForStatementsAsync(string sqlLike, int count = 1)
    {
        await using var db = await DbAsync();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var running = await db.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE @like", new { like = sqlLike + "%" });
            if (running >= count)
            {
                return;
            }

            Assert.That(waited.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), $"{running} of {count} statements reached: {sqlLike}");
            await Task.Delay(20);
        }
    }

    protected static async Task<MySqlConnection> DbAsync()
    {
        var conn = new MySqlConnection(ApiFactory.ConnectionString);
        await conn.OpenAsync();
        return conn;
    }
}
