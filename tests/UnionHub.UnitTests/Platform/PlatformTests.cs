using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Platform;

public sealed class LengthLimitedStreamTests
{
    [Test]
    public async Task Reads_up_to_the_limit_and_fails_with_413_past_it()
    {
        var ok = new LengthLimitedStream(new MemoryStream(new byte[100]), 100);
        Assert.That(await new StreamReader(ok).ReadToEndAsync(), Has.Length.EqualTo(100));

        var over = new LengthLimitedStream(new MemoryStream(new byte[101]), 100);
        var ex = Assert.ThrowsAsync<BadHttpRequestException>(async () => await new StreamReader(over).ReadToEndAsync());
        Assert.That(ex!.StatusCode, Is.EqualTo(413));
    }
}

public sealed class PagingTests
{
    private static long AfterOf(string? cursor)
    {
        Assert.That(Paging.Read(null, cursor, out var page), Is.Null, $"cursor {cursor} is accepted");
        return page.After;
    }

    private static void Refused(string cursor)
    {
        var problem = Paging.Read(null, cursor, out _);
        Assert.That(problem, Is.Not.Null, $"cursor {cursor} is refused");
        Assert.That(problem!.StatusCode, Is.EqualTo(400));
        Assert.That(problem.ProblemDetails.Extensions["code"], Is.EqualTo(PlatformProblems.RequestBadCursor));
    }

    [Test]
    public void Cursor_round_trips_and_foreign_cursors_are_refused()
    {
        Assert.That(AfterOf(null), Is.EqualTo(long.MaxValue));
        Assert.That(AfterOf(Paging.Cursor(1234)), Is.EqualTo(1234));
        Refused("%%%");
        Refused(Convert.ToBase64String(Encoding.ASCII.GetBytes("-5")));
    }

    [TestCase(null, 20)]
    [TestCase(0, 1)]
    [TestCase(50, 50)]
    [TestCase(1000, 100)]
    public void Limit_defaults_to_20_and_is_capped_at_100(int? asked, int expected)
    {
        Assert.That(Paging.Read(asked, null, out var page), Is.Null);
        Assert.That(page.Limit, Is.EqualTo(expected));
        Assert.That(page.Fetch, Is.EqualTo(expected + 1), "one row more than the page, to know whether another follows");
    }

    [Test]
    public void Build_gives_a_cursor_only_when_more_rows_exist()
    {
        var rows = new long[] { 9, 8, 7 };
        var page = new PageRequest(long.MaxValue, 2).Build(rows, r => r);
        Assert.That(page.Items, Is.EqualTo(new long[] { 9, 8 }));
        Assert.That(AfterOf(page.NextCursor), Is.EqualTo(8));
        Assert.That(new PageRequest(long.MaxValue, 3).Build(rows, r => r).NextCursor, Is.Null);
    }
}

public sealed class ProblemTests
{
    [TestCase(400, "request.invalid")]
    [TestCase(401, "auth.unauthenticated")]
    [TestCase(403, "auth.forbidden")]
    [TestCase(404, "not_found")]
    [TestCase(413, "request.too_large")]
    [TestCase(429, "rate_limited")]
    [TestCase(500, "server.error")]
    [TestCase(503, "service.unavailable")]
    public void Default_codes_by_status(int status, string code) => Assert.That(Problems.DefaultCode(status), Is.EqualTo(code));

    [Test]
    public void Exceptions_are_classified()
    {
        Assert.That(ProblemExceptionHandler.Classify(new BadHttpRequestException("x", 413)).Code, Is.EqualTo("request.too_large"));
        Assert.That(ProblemExceptionHandler.Classify(new BadHttpRequestException("x", new JsonException())).Code, Is.EqualTo("request.malformed"));
        Assert.That(ProblemExceptionHandler.Classify(new InvalidOperationException()).Status, Is.EqualTo(500));
    }

    [TestCase("Production", false)]
    [TestCase("Development", true)]
    public async Task Unhandled_exceptions_show_no_stack_trace_outside_development(string environment, bool detailShown)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var env = new HostEnv { EnvironmentName = environment };
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), env,
            NullLogger<ProblemExceptionHandler>.Instance);
        var http = new DefaultHttpContext { RequestServices = services };
        http.Response.Body = new MemoryStream();
        http.Request.Headers.Accept = "application/json";

        var handled = await handler.TryHandleAsync(http, new InvalidOperationException("secret internals"), CancellationToken.None);

        Assert.That(handled, Is.True);
        Assert.That(http.Response.StatusCode, Is.EqualTo(500));
        http.Response.Body.Position = 0;
        var body = await new StreamReader(http.Response.Body).ReadToEndAsync();
        Assert.That(body, Does.Contain("\"code\":\"server.error\""));
        Assert.That(body.Contains("secret internals", StringComparison.Ordinal), Is.EqualTo(detailShown), body);
    }

    private sealed class HostEnv : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}

public sealed class ClockTests
{
    [Test]
    public void Utc_database_times_are_shown_in_china_time()
    {
        var utc = new DateTime(2026, 6, 1, 2, 0, 0, DateTimeKind.Unspecified);
        var local = utc.ToChina();
        Assert.That(local.Offset, Is.EqualTo(TimeSpan.FromHours(8)));
        Assert.That(local.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("2026-06-01T10:00:00+08:00"));
    }
}

public sealed class TokenIssuerTests
{
    [Test]
    public async Task Issued_tokens_carry_subject_roles_and_a_fifteen_minute_lifetime()
    {
        var key = new SymmetricSecurityKey(new byte[32]);
        var issuer = new TokenIssuer(new JwtOptions(), key);
        var now = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
        var token = issuer.Issue("staff", 7, ["reviewer"], now, new Dictionary<string, object> { ["org"] = "3" });

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "unionhub",
            ValidAudience = "unionhub-api",
            IssuerSigningKey = key,
            ValidateLifetime = false,
        });
        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.That(jwt.Subject, Is.EqualTo("7"));
        Assert.That(jwt.GetClaim("kind").Value, Is.EqualTo("staff"));
        Assert.That(jwt.GetClaim("org").Value, Is.EqualTo("3"));
        Assert.That(jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value), Is.EqualTo(new[] { "reviewer" }));
        Assert.That(jwt.ValidTo - jwt.ValidFrom, Is.EqualTo(TimeSpan.FromMinutes(15)));
        Assert.That(jwt.Alg, Is.EqualTo("HS256"));
    }
}
