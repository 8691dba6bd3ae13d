using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>Console logs: one readable line each for a person in Development, one JSON object each for a collector elsewhere.</summary>
public sealed class LoggingTests : ApiTest
{
    [Test]
    public void Logs_are_json_outside_Development()
    {
        Assert.That(Api.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName,
            Is.EqualTo(ConsoleFormatterNames.Json));
        Assert.That(Api.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes, Is.True,
            "trace and span ids travel in the scopes");
    }

    [Test]
    public void Logs_are_single_readable_lines_in_Development()
    {
        using var development = Api.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        var services = development.Services;
        Assert.That(services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName,
            Is.EqualTo(ConsoleFormatterNames.Simple));
        Assert.That(services.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>().CurrentValue.SingleLine, Is.True);
    }
}
