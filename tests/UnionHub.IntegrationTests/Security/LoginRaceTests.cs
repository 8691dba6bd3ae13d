using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Identity;
using UnionHub.IntegrationTests.Features.Identity;
using UnionHub.IntegrationTests.ScaleOut;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// Issue 18 items 3 and 4: guesses at an SMS code or a staff password are counted before they are evaluated, by one
/// conditional UPDATE, so parallel requests cannot all read "tries left" before the count reaches 5. The races are forced:
/// the test holds the row's lock while the guesses queue up, then lets them go at once; the right answer is sent last.
/// </summary>
public sealed class LoginRaceTests : MemberAuthTest
{
    private const string Phone = "13900139000";

    [Test]
    public async Task Forty_parallel_guesses_at_an_sms_code_evaluate_at_most_five()
    {
        Assert.That((int)(await SendCodeAsync(Phone)).StatusCode, Is.EqualTo(202));
        var code = LatestCode(Phone);
        var wrong = Enumerable.Range(1, 39).Select(i => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + i) % 1_000_000)
            .ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var (guesses, right) = await UnderRowLockAsync("SELECT id FROM sms_code WHERE phone_hash = @h FOR UPDATE", new { h = Seed.Pii.PhoneIndex(Phone) },
            "UPDATE sms_code SET attempts = attempts + 1", () => wrong.Select(w => SmsLoginAsync(Phone, w)).ToList(), () => SmsLoginAsync(Phone, code));

        foreach (var g in guesses)
        {
            await Problem.ExpectAsync(g, 401, "auth.invalid_code");
        }

        await Problem.ExpectAsync(right, 401, "auth.invalid_code"); // the 40th try: the code's 5 tries were spent by the first guesses
        await using var db = await DbAsync();
        var row = await db.QuerySingleAsync<(int Attempts, DateTime? ConsumedAt)>(
            "SELECT attempts, consumed_at FROM sms_code WHERE phone_hash = @h", new { h = Seed.Pii.PhoneIndex(Phone) });
        Assert.That(row.Attempts, Is.EqualTo(SmsCodes.MaxAttempts), "exactly 5 guesses were evaluated");
        Assert.That(row.ConsumedAt, Is.Null);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member"), Is.Zero, "nobody logged in");
    }

    [Test]
    public async Task Thirty_parallel_staff_logins_evaluate_at_most_five_passwords()
    {
        using var admin = await AdminAsync();
        const string password = "correct horse battery";
        var username = $"victim-{Guid.NewGuid():N}"[..20];
        Assert.That((int)(await admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password, role = "reviewer" })).StatusCode, Is.EqualTo(201));

        var (guesses, right) = await UnderRowLockAsync("SELECT id FROM staff_user WHERE username = @username FOR UPDATE", new { username },
            "UPDATE staff_user%SET locked_until", () => Enumerable.Range(0, 29).Select(i => StaffLoginAsync(username, $"guess number {i:D2}")).ToList(),
            () => StaffLoginAsync(username, password));

        foreach (var g in guesses)
        {
            await Problem.ExpectAsync(g, 401, "auth.invalid_credentials");
        }

        await Problem.ExpectAsync(right, 401, "auth.invalid_credentials"); // the 30th: five tries were taken, the account is locked
        await using var db = await DbAsync();
        var state = await db.QuerySingleAsync<(int Failed, DateTime? Locked)>(
            "SELECT failed_logins, locked_until FROM staff_user WHERE username = @username", new { username });
        Assert.That(state.Failed, Is.EqualTo(StaffLogin.MaxFailures), "exactly 5 passwords were evaluated");
        Assert.That(state.Locked, Is.Not.Null);
    }

    [Test]
    public async Task A_locked_account_answers_exactly_like_a_wrong_password_and_an_unknown_user()
    {
        using var admin = await AdminAsync();
        const string password = "correct horse battery";
        var username = $"victim-{Guid.NewGuid():N}"[..20];
        Assert.That((int)(await admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password, role = "reviewer" })).StatusCode, Is.EqualTo(201));
        var wrong = await ShapeAsync(await StaffLoginAsync(username, "not the password"));
        for (var i = 0; i < 4; i++)
        {
            await StaffLoginAsync(username, "not the password");
        }

        var locked = await ShapeAsync(await StaffLoginAsync(username, password)); // the right password, but locked
        var unknown = await ShapeAsync(await StaffLoginAsync($"nobody-{Guid.NewGuid():N}"[..20], password));
        Assert.Multiple(() =>
        {
            Assert.That(locked, Is.EqualTo(wrong), "locked = wrong password: status, code and fields");
            Assert.That(unknown, Is.EqualTo(wrong), "unknown user = wrong password");
            Assert.That(wrong, Does.StartWith("401 auth.invalid_credentials"));
        });
    }

    [Test]
    public async Task Per_address_sms_limits_count_an_ipv6_slash_64_as_one_address_and_store_no_address()
    {
        await using var host = Api.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter,
            ForwardedHeadersTests.PeerFromHeader>()));
        using var client = host.CreateClient();
        async Task<HttpStatusCode> SendFromAsync(string peer, int phone)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/sms/send")
            {
                Content = JsonContent.Create(new { phone = $"1370000{phone:D4}" }),
            };
            request.Headers.Add(ForwardedHeadersTests.PeerHeader, peer);
            return (await client.SendAsync(request)).StatusCode;
        }

        AdvanceToNextWindow(TimeSpan.FromHours(1)); // the limit's window is a fixed hour: sends that straddled its end were counted in two
        var limit = Api.Services.GetRequiredService<SmsOptions>().PerAddressPerHour;
        for (var i = 0; i < limit; i++)
        {
            Assert.That(await SendFromAsync($"2001:db8:aa:bb::{i + 1:x}", i), Is.EqualTo(HttpStatusCode.Accepted));
        }

        Assert.That(await SendFromAsync("2001:db8:aa:bb:ffff:1234:5678:9abc", 900), Is.EqualTo(HttpStatusCode.TooManyRequests),
            "a new host part in the same /64 is the same subscriber");
        Assert.That(await SendFromAsync("2001:db8:aa:bc::1", 901), Is.EqualTo(HttpStatusCode.Accepted), "the next /64 is someone else");
        await using var db = await DbAsync();
        var buckets = (await db.QueryAsync<string>("SELECT bucket FROM rate_counter")).ToList();
        Assert.That(buckets, Is.Not.Empty);
        // an address in any textual form has its groups joined by ':' ("2001:db8", "2001:0db8"); a hash's hex may well hold "2001"
        // by chance (it did: 4ACC0FFEC2001B18), so the check looks for the address, not for its digits
        Assert.That(buckets, Has.None.Contains("2001:db8").And.None.Contains("2001:0db8").And.None.Contains("aa:bb"),
            "buckets hold keyed hashes, not addresses");
    }

    /// <summary>
    /// Holds the lock of the row <paramref name="lockSql"/> selects while the <paramref name="first"/> requests queue behind it (until
    /// that many statements like <paramref name="queuedLike"/> wait for it), then sends <paramref name="last"/>, lets it queue too,
    /// releases the lock and returns every answer.
    /// </summary>
    private static async Task<(List<HttpResponseMessage> First, HttpResponseMessage Last)> UnderRowLockAsync(string lockSql, object args,
        string queuedLike, Func<List<Task<HttpResponseMessage>>> first, Func<Task<HttpResponseMessage>> last)
    {
        await using var db = await DbAsync();
        await using var tx = await db.BeginTransactionAsync();
        Assert.That(await db.QueryAsync<long>(lockSql, args, tx), Is.Not.Empty);
        var queued = first();
        // every request waits at the locked row (a fixed 3 s sleep assumed so, which a loaded machine need not meet)
        await WaitForStatementsAsync(queuedLike, queued.Count);
        var lastTask = last();
        await WaitForStatementsAsync(queuedLike, queued.Count + 1);
        await tx.CommitAsync();
        return ((await Task.WhenAll(queued)).ToList(), await lastTask);
    }

    private static async Task<HttpResponseMessage> StaffLoginAsync(string username, string password)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/v1/admin/auth/login", new { username, password });
    }

    /// <summary>Status, code and the sorted field names of a problem answer (values such as traceId differ).</summary>
    private static async Task<string> ShapeAsync(HttpResponseMessage response)
    {
        var problem = await Problem.ReadAsync(response);
        var fields = problem.Raw.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        return $"{(int)response.StatusCode} {problem.Code} {problem.Raw.GetProperty("title").GetString()} {string.Join(",", fields)}";
    }
}
