using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Identity;

namespace UnionHub.IntegrationTests.Features.Identity;

public sealed class SmsLoginTests : MemberAuthTest
{
    private const string Phone = "13800138000";

    private static string Wrong(string code) =>
        ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task Code_is_sent_and_logs_in_creating_the_member_once()
    {
        var sent = await SendCodeAsync(Phone);
        Assert.That((int)sent.StatusCode, Is.EqualTo(202));
        var code = LatestCode(Phone);
        Assert.That(code, Does.Match("^[0-9]{6}$"));

        var response = await SmsLoginAsync(Phone, code);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("accessToken").GetString()!.Split('.'), Has.Length.EqualTo(3));
        Assert.That(RefreshOf(body), Has.Length.EqualTo(43), "32 random bytes, base64url");
        Assert.That(body.GetProperty("expiresIn").GetInt32(), Is.EqualTo(900));
        Assert.That(body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "member" }));
        var member = body.GetProperty("member");
        Assert.That(member.GetProperty("phoneMasked").GetString(), Is.EqualTo("138****8000"));
        Assert.That(member.GetProperty("verified").GetBoolean(), Is.False);

        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await LoginBySmsAsync(Phone);
        Assert.That(MemberIdOf(again), Is.EqualTo(MemberIdOf(body)), "the second login is the same member");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT id FROM member WHERE phone_hash = @h", new { h = Seed.Pii.PhoneIndex(Phone) }),
            Is.EqualTo(long.Parse(MemberIdOf(body), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("12345678901")]
    [TestCase("+8613800138000")]
    [TestCase("1380013800")]
    [TestCase("138001380000")]
    [TestCase("1380013800a")]
    [TestCase("")]
    [TestCase(null)]
    public async Task Only_mainland_mobiles_get_a_code(string? phone)
    {
        await Problem.ExpectAsync(await SendCodeAsync(phone!), 422, "auth.invalid_phone");
        await Problem.ExpectAsync(await SmsLoginAsync(phone!, "123456"), 422, "auth.invalid_phone");
    }

    [Test]
    public async Task One_code_a_minute_per_phone()
    {
        AdvanceToNextWindow(TimeSpan.FromMinutes(1));
        Assert.That((int)(await SendCodeAsync(Phone)).StatusCode, Is.EqualTo(202));
        var refused = await SendCodeAsync(Phone);
        await Problem.ExpectAsync(refused, 429, "rate_limited");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(retryAfter, Is.InRange(1, 60));
        Assert.That(Outbox.For(Phone), Has.Count.EqualTo(1), "the refused request sent nothing");

        Assert.That((int)(await SendCodeAsync("13900139000")).StatusCode, Is.EqualTo(202), "another phone is not limited");
        Api.Clock.Advance(TimeSpan.FromSeconds(retryAfter));
        Assert.That((int)(await SendCodeAsync(Phone)).StatusCode, Is.EqualTo(202), "after Retry-After the phone may send again");
    }

    [Test]
    public async Task Ten_codes_a_day_per_phone()
    {
        AdvanceToNextWindow(TimeSpan.FromDays(1));
        for (var i = 0; i < 10; i++)
        {
            var sent = await SendCodeAsync(Phone);
            Assert.That((int)sent.StatusCode, Is.EqualTo(202), $"send {i + 1}: {await sent.Content.ReadAsStringAsync()}");
            Api.Clock.Advance(TimeSpan.FromSeconds(61));
        }

        var refused = await SendCodeAsync(Phone);
        await Problem.ExpectAsync(refused, 429, "rate_limited");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(retryAfter, Is.GreaterThan(3600), "the daily limit lasts until the day's window ends");
        Assert.That(Outbox.For(Phone), Has.Count.EqualTo(10));

        Api.Clock.Advance(TimeSpan.FromSeconds(retryAfter));
        Assert.That((int)(await SendCodeAsync(Phone)).StatusCode, Is.EqualTo(202), "a new day, a new allowance");
    }

    [Test]
    public async Task Twenty_codes_an_hour_per_client_address()
    {
        AdvanceToNextWindow(TimeSpan.FromHours(1));
        for (var i = 0; i < 20; i++)
        {
            Assert.That((int)(await SendCodeAsync($"1370000{i:D4}")).StatusCode, Is.EqualTo(202));
        }

        var refused = await SendCodeAsync("13799999999");
        await Problem.ExpectAsync(refused, 429, "rate_limited");
        Assert.That(refused.Headers.Contains("Retry-After"));
        Assert.That(Outbox.For("13799999999"), Is.Empty);
    }

    [Test]
    public async Task Five_wrong_codes_lock_the_code()
    {
        await SendCodeAsync(Phone);
        var code = LatestCode(Phone);
        for (var i = 0; i < 5; i++)
        {
            await Problem.ExpectAsync(await SmsLoginAsync(Phone, Wrong(code)), 401, "auth.invalid_code");
        }

        await Problem.ExpectAsync(await SmsLoginAsync(Phone, code), 401, "auth.invalid_code");
        await using var db = await DbAsync();
        var row = await db.QuerySingleAsync<(int Attempts, DateTime? ConsumedAt)>("SELECT attempts, consumed_at FROM sms_code");
        Assert.That(row.Attempts, Is.EqualTo(5));
        Assert.That(row.ConsumedAt, Is.Null);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member"), Is.Zero);
    }

    [Test]
    public async Task Parallel_wrong_guesses_count_at_most_five_and_lock()
    {
        await SendCodeAsync(Phone);
        var code = LatestCode(Phone);
        var guesses = Enumerable.Range(0, 20).Select(i => SmsLoginAsync(Phone, ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1 + i)
            % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)));
        var answers = await Task.WhenAll(guesses);
        Assert.That(answers.Select(a => (int)a.StatusCode), Is.All.EqualTo(401));
        await Problem.ExpectAsync(await SmsLoginAsync(Phone, code), 401, "auth.invalid_code");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT attempts FROM sms_code"), Is.EqualTo(5));
    }

    [Test]
    public async Task A_code_is_valid_for_five_minutes()
    {
        await SendCodeAsync(Phone);
        Api.Clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(50));
        Assert.That((int)(await SmsLoginAsync(Phone, LatestCode(Phone))).StatusCode, Is.EqualTo(200));

        const string other = "13900139000";
        await SendCodeAsync(other);
        Api.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        await Problem.ExpectAsync(await SmsLoginAsync(other, LatestCode(other)), 401, "auth.invalid_code");
    }

    [Test]
    public async Task A_code_works_once_even_when_raced()
    {
        await SendCodeAsync(Phone);
        var code = LatestCode(Phone);
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SmsLoginAsync(Phone, code)));
        Assert.That(answers.Count(a => (int)a.StatusCode == 200), Is.EqualTo(1));
        Assert.That(answers.Count(a => (int)a.StatusCode == 401), Is.EqualTo(9));
        await Problem.ExpectAsync(await SmsLoginAsync(Phone, code), 401, "auth.invalid_code");
    }

    [Test]
    public async Task Only_the_newest_code_counts()
    {
        await SendCodeAsync(Phone);
        var first = LatestCode(Phone);
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        await SendCodeAsync(Phone);
        var second = LatestCode(Phone);
        Assume.That(second, Is.Not.EqualTo(first));
        await Problem.ExpectAsync(await SmsLoginAsync(Phone, first), 401, "auth.invalid_code");
        Assert.That((int)(await SmsLoginAsync(Phone, second)).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task Sixty_login_attempts_an_hour_per_client_address()
    {
        AdvanceToNextWindow(TimeSpan.FromHours(1));
        for (var i = 0; i < 60; i++)
        {
            await Problem.ExpectAsync(await SmsLoginAsync($"1380000{i:D4}", "123456"), 401, "auth.invalid_code");
        }

        var refused = await SmsLoginAsync(Phone, "123456");
        await Problem.ExpectAsync(refused, 429, "rate_limited");
        Assert.That(refused.Headers.Contains("Retry-After"));
    }

    [Test]
    public async Task Racing_first_logins_of_one_phone_create_one_member()
    {
        var db = Api.Services.GetRequiredService<MySqlConnector.MySqlDataSource>();
        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            await using var conn = await db.OpenConnectionAsync();
            return (await SmsLogin.FindOrCreateAsync(conn, Seed.Pii, Phone, Api.Clock.GetUtcNow(), CancellationToken.None)).Id;
        }));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        await using var check = await DbAsync();
        Assert.That(await check.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member"), Is.EqualTo(1));
    }
}
