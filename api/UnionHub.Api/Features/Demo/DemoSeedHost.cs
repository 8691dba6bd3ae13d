using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Demo;

/// <summary>
/// A first run that shows the product: in Development with <c>Seed:Demo</c> (set by <c>./dev run</c>), once the API
/// listens, seeds the demo federation through the API's own address (<see cref="DemoSeed"/>) and prints the logins.
/// Never outside Development, whatever the setting says. A failed seeding is logged and the API goes on serving.
/// </summary>
public sealed class DemoSeedHost(DemoSeed seed, IOptions<DemoSeedOptions> options, IHostEnvironment env, IHostApplicationLifetime lifetime,
    IServer server, IConfiguration config, TimeProvider clock, ILogger<DemoSeedHost> logger) : BackgroundService
{
    public static bool Enabled(IHostEnvironment env, DemoSeedOptions options) => options.Demo && env.IsDevelopment();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled(env, options.Value))
        {
            if (options.Value.Demo)
            {
                logger.LogWarning("Seed:Demo is ignored outside Development (environment {Environment})", env.EnvironmentName);
            }

            return;
        }

        var adminPassword = config["Bootstrap:AdminPassword"];
        var password = options.Value.Password;
        if (string.IsNullOrWhiteSpace(adminPassword) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("Demo seed skipped: Bootstrap:AdminPassword and Seed:Password must both be set");
            return;
        }

        if (!await StartedAsync(stoppingToken) || OwnAddress() is not { } address)
        {
            return;
        }

        try
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
            if (await seed.RunAsync(http, adminPassword, password, stoppingToken) is { } summary)
            {
                await Console.Out.WriteAsync(Banner(summary, address, clock.GetUtcNow(), adminPassword, password));
                await Console.Out.FlushAsync(stoppingToken);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // a demo that cannot be seeded must not take the API down with it
            logger.LogError("Demo seed failed: {Reason}. The API serves on; start once more to complete the demo, or use ./dev run --empty",
                ex.Message);
        }
    }

    private async Task<bool> StartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = ct.Register(() => started.TrySetCanceled(ct));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Where this instance listens, as a loopback address (http preferred); null when it has no socket (test server).</summary>
    private Uri? OwnAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 1 : 0).FirstOrDefault();
        if (chosen is null)
        {
            logger.LogWarning("Demo seed skipped: the server has no address to call");
            return null;
        }

        var uri = new UriBuilder(chosen.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal));
        uri.Host = uri.Host switch
        {
            "0.0.0.0" => "127.0.0.1",
            "[::]" or "::" => "[::1]",
            _ => uri.Host,
        };
        return uri.Uri;
    }

    /// <summary>The logins and what to try first, for the terminal of <c>./dev run</c> (Development only: it shows passwords).</summary>
    internal static string Banner(DemoSummary demo, Uri address, DateTimeOffset now, string adminPassword, string password)
    {
        var site = address.GetLeftPart(UriPartial.Authority);
        var b = new StringBuilder();
        void Line(string text = "") => b.Append(text).Append('\n');
        Line();
        Line($"==== UnionHub demo federation ({(demo.CreatedNow ? "seeded just now" : "seeded at an earlier start")}; ./dev run --empty starts without it) ====");
        Line();
        Line($"Member app    {site}/   phone + 获取验证码: in Development the code is shown on the login screen");
        Line($"              (and at {site}/api/v1/dev/sms-outbox?phone=<phone>)");
        foreach (var m in demo.Members)
        {
            Line($"  {m.Phone}  {Pad(m.Name, 8)}{m.Story}" + (m.Verified ? "" : $"（{m.Name} / {m.IdNumber}）"));
        }

        Line();
        Line($"Merchant page {site}/merchant/   demo.cashier / {password}");
        Line(demo.NewApiKey is { } key
            ? $"  API key for a till system (X-Api-Key, shown only now): {key}"
            : "  its API key was shown at the first start; the console's 商户 page makes new ones");
        Line();
        Line($"Staff console {site}/console/   admin / {adminPassword} (super_admin)");
        foreach (var s in demo.StaffUsers.Where(s => s.Username != "admin"))
        {
            Line($"  {Pad(s.Username, 15)} / {password}   {Pad(s.Role, 19)} {s.Scope}");
        }

        Line();
        Line("Perks");
        foreach (var p in demo.Perks)
        {
            Line($"  {Pad(p.Title, 28)}{PerkState(p, now)}");
        }

        Line();
        return b.ToString();
    }

    private static string PerkState(DemoSummary.Perk p, DateTimeOffset now)
    {
        if (now >= p.EndsAt)
        {
            return $"ended {p.EndsAt:yyyy-MM-dd}";
        }

        if (now < p.StartsAt)
        {
            var wait = p.StartsAt - now;
            return wait < TimeSpan.FromHours(1)
                ? $"opens at {p.StartsAt:HH:mm:ss} China time (in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} min)"
                : $"opens {p.StartsAt:yyyy-MM-dd HH:mm}";
        }

        return p.Claimed >= p.Stock
            ? $"sold out ({p.Claimed.ToString(CultureInfo.InvariantCulture)}/{p.Stock.ToString(CultureInfo.InvariantCulture)} claimed)"
            : $"live until {p.EndsAt:yyyy-MM-dd}, {(p.Stock - p.Claimed).ToString(CultureInfo.InvariantCulture)} left";
    }

    /// <summary>Pads to a width in terminal columns (a Chinese character takes two).</summary>
    private static string Pad(string text, int columns)
    {
        var width = text.Sum(c => c > '\u2E80' ? 2 : 1);
        return text + new string(' ', Math.Max(1, columns - width));
    }
}

public static class DemoSeedSetup
{
    public static WebApplicationBuilder AddDemoSeed(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DemoSeedOptions>(builder.Configuration.GetSection(DemoSeedOptions.Section));
        builder.Services.AddSingleton<DemoSeed>();
        builder.Services.AddHostedService<DemoSeedHost>();
        return builder;
    }
}
