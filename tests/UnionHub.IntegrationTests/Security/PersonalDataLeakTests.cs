using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using UnionHub.Api.Features.Identity;
using UnionHub.IntegrationTests.Features.Funds;
using UnionHub.IntegrationTests.Features.Merchants;
using static UnionHub.IntegrationTests.Features.Members.MembersTestData;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// No unmasked personal data in any response body or log line: a member's whole journey (roster, SMS login, a failed and a
/// successful real-name check, profile, export, a relief application, a merchant preview and redemption, malformed bodies)
/// runs through a host whose every log line (Debug and up, messages, state and exceptions) and every response body is
/// captured and searched for the member's name, ID number and phone, and the free text and file bytes of the member's casework
/// (an application reason, evidence, a legal case description and document), which the owner and staff see but no log line
/// and no column of the database (dumped whole) holds in clear.
/// </summary>
public sealed class PersonalDataLeakTests : FundsTest
{
    private const string Name = "欧阳娜娜";
    private const string Phone = "13987654321";
    private const string OtherName = "司马光";
    private static readonly string IdNumber = SeedIds.DistinctIdNumber(7_777_001);
    private static readonly string OtherIdNumber = SeedIds.DistinctIdNumber(7_777_002);
    private static readonly string CreditCode = SeedIds.CreditCodeFor(7_777);
    private const string Reason = "女儿白血病骨髓移植 LEAK-REASON";
    private const string Description = "公司以怀孕为由辞退 LEAK-DESCRIPTION";
    private static readonly byte[] Scan = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes("LEAK-SCAN-OF-A-DISCHARGE-SUMMARY")];

    private sealed class CaptureLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
                if (state is IEnumerable<KeyValuePair<string, object?>> values)
                {
                    foreach (var (k, v) in values)
                    {
                        line.Append($" {k}={v}");
                    }
                }

                line.Append(' ').Append(exception);
                lines.Enqueue(line.ToString());
            }
        }
    }

    private sealed class RecordBodies(ConcurrentQueue<string> bodies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            bodies.Enqueue($"{request.Method} {request.RequestUri?.PathAndQuery} -> {(int)response.StatusCode}: " +
                await response.Content.ReadAsStringAsync(cancellationToken));
            return response;
        }
    }

    [Test]
    public async Task A_members_journey_leaves_no_unmasked_name_id_number_or_phone_in_responses_or_logs()
    {
        var logs = new CaptureLogs();
        await using var host = Api.WithWebHostBuilder(b =>
        {
            b.UseSetting("Logging:LogLevel:Default", "Debug");
            b.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Debug");
            b.ConfigureServices(s =>
            {
                s.AddSingleton<ILoggerProvider>(logs);
                // the console keeps its usual level; the capture sees everything
                s.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(typeof(ConsoleLoggerProvider).FullName, null, LogLevel.Warning, null)));
            });
        });
        var bodies = new ConcurrentQueue<string>();
        HttpClient Client(string? token = null, string? apiKey = null)
        {
            var c = host.CreateDefaultClient(new RecordBodies(bodies));
            if (token is not null)
            {
                c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (apiKey is not null)
            {
                c.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            }

            return c;
        }

        // staff: a roster listing the member (and a bad row), a fund
        using var anonymous = Client();
        var login = await JsonAsync(await anonymous.PostAsJsonAsync("/api/v1/admin/auth/login",
            new { username = BootstrapAdmin.AdminUsername, password = ApiFactory.AdminPassword }), 200);
        using var admin = Client(login.GetProperty("accessToken").GetString());
        var org = await CreateOrgAsync(admin, "市电子工会");
        await CreateEnterpriseAsync(admin, org, CreditCode);
        await UploadOkAsync(admin, org, Header + $"{Name},{IdNumber},{CreditCode},{Phone}\r\n{OtherName},{OtherIdNumber[..17]}0,,1380000\r\n");
        var fundId = await CreateFundAsync(admin);

        // the member: SMS login, real name (wrong, then right), profile, export
        await JsonAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/sms/send", new { phone = Phone }), 202);
        var code = host.Services.GetRequiredService<FakeSmsSender>().For(Phone)[0].Code;
        await anonymous.PostAsJsonAsync("/api/v1/auth/sms/login", new { phone = Phone, code = "000000" == code ? "111111" : "000000" });
        var tokens = await JsonAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/sms/login", new { phone = Phone, code }), 200);
        using var member = Client(tokens.GetProperty("accessToken").GetString());
        Assert.That((int)(await member.PostAsJsonAsync("/api/v1/me/real-name", new { name = Name, idNumber = OtherIdNumber })).StatusCode,
            Is.InRange(400, 499));
        await JsonAsync(await member.PostAsJsonAsync("/api/v1/me/real-name", new { name = Name, idNumber = IdNumber }), 200);
        var me = await JsonAsync(await member.GetAsync("/api/v1/me"), 200);
        await JsonAsync(await member.GetAsync("/api/v1/me/export"), 200);

        // malformed bodies carrying personal data
        await member.PostAsync("/api/v1/me/real-name", new StringContent($$"""{"name":"{{Name}}","idNumber":{{IdNumber[..17]}}}""", Encoding.UTF8, "application/json"));
        await member.PostAsync("/api/v1/me/real-name", new StringContent($$"""{"name":"{{Name}}","idNumber":"{{IdNumber}}" """, Encoding.UTF8, "application/json"));
        await member.PostAsJsonAsync("/api/v1/me/phone", new { phone = Phone, code = "123456" });

        // a relief application with the phone as contact, seen by the member and by staff
        var app = await JsonAsync(await member.PostAsJsonAsync("/api/v1/fund-applications",
            new { fundId, category = "major_illness", requestedFen = 50_000L, reason = Reason, contactPhone = Phone }), 201);
        var appId = app.GetProperty("id").GetString();
        using (var scan = new ByteArrayContent(Scan))
        {
            scan.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            var file = await JsonAsync(await member.PostAsync($"/api/v1/me/fund-applications/{appId}/evidence", scan), 201);
            await member.GetAsync($"/api/v1/me/fund-applications/{appId}/evidence/{file.GetProperty("id").GetString()}");
        }

        // a legal aid case with a description and a document, seen by the member and by staff
        var legalCase = await JsonAsync(await member.PostAsJsonAsync("/api/v1/legal-aid/cases", new
        {
            disputeType = "dismissal", employerName = "某某电子厂", amountAtStakeFen = 80_000L, description = Description, urgent = false,
        }), 201);
        var caseId = legalCase.GetProperty("id").GetString();
        using (var scan = new ByteArrayContent(Scan))
        {
            scan.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            await JsonAsync(await member.PostAsync($"/api/v1/me/legal-aid/cases/{caseId}/documents", scan), 201);
        }

        Assert.That((await JsonAsync(await admin.GetAsync($"/api/v1/admin/legal-aid/cases/{caseId}?reason=test"), 200)).GetProperty("description").GetString(), Is.EqualTo(Description),
            "the control: staff read the description in clear");
        await JsonAsync(await member.GetAsync($"/api/v1/me/fund-applications/{appId}"), 200);
        await JsonAsync(await admin.GetAsync($"/api/v1/admin/fund-applications/{appId}?reason=test"), 200);
        await JsonAsync(await admin.GetAsync("/api/v1/admin/audit"), 200);

        // a merchant previews and redeems the member's voucher
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin, "数码城");
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant);
        var seeded = await RedemptionTests.SeedVoucherAsync(1000, [merchant]);
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("UPDATE voucher SET member_id = @member WHERE id = @Id", new { member = long.Parse(me.GetProperty("id").GetString()!), seeded.Id });
        }

        using var till = Client(apiKey: key);
        var preview = await JsonAsync(await till.PostAsJsonAsync("/api/v1/merchant/redemptions/preview", new { code = seeded.Code }), 200);
        Assert.That(preview.GetProperty("memberNameMasked").GetString(), Is.EqualTo("欧**娜"), "the control: this journey did show the name, masked");
        await JsonAsync(await till.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = seeded.Code }), 201);

        Assert.That(bodies, Has.Count.GreaterThan(15));
        Assert.That(logs.Lines, Is.Not.Empty, "the capture works");
        var secrets = new[] { Name, IdNumber, IdNumber[..17], Phone, OtherName, OtherIdNumber[..17] };
        Assert.Multiple(() =>
        {
            foreach (var secret in secrets)
            {
                Assert.That(bodies.Where(b => b.Contains(secret, StringComparison.OrdinalIgnoreCase)), Is.Empty, $"a response shows '{secret}'");
                Assert.That(logs.Lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)), Is.Empty, $"a log line shows '{secret}'");
            }

            // casework free text and files: shown to their owner and staff, never logged
            foreach (var secret in new[] { "LEAK-REASON", "LEAK-DESCRIPTION", "LEAK-SCAN", DatabaseDump.Hex("LEAK-SCAN") })
            {
                Assert.That(logs.Lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)), Is.Empty, $"a log line shows '{secret}'");
            }
        });

        // and no column of any table holds any of it in clear (text or hex)
        await using var dumpDb = await DbAsync();
        var dump = (await DatabaseDump.TablesAsync(dumpDb)).Split('\n');
        Assert.That(dump.Any(l => l.StartsWith("legal_case_document:", StringComparison.Ordinal)), "the control: the dump sees the rows");
        Assert.Multiple(() =>
        {
            foreach (var secret in secrets.Concat([Reason, Description, "LEAK-REASON", "LEAK-DESCRIPTION"]).SelectMany(s => new[] { s, DatabaseDump.Hex(s) })
                         .Append(Convert.ToHexString(Scan[8..])))
            {
                Assert.That(dump.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).Select(l => l[..l.IndexOf(':')]).Distinct(), Is.Empty,
                    $"tables holding '{secret}'");
            }
        });
    }
}
