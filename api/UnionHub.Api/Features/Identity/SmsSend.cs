using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// POST /auth/sms/send: texts a 6-digit login code. Limits live in the database (<see cref="RateCounter"/>) so they
/// hold across instances: per client address per hour, per phone per minute and per day. Buckets carry a keyed
/// label of the phone, never the number.
/// </summary>
public static class SmsSend
{
    public sealed record Request(string? Phone);

    public sealed record Response(int ExpiresIn, int ResendAfter);

    public static async Task<Results<Accepted<Response>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, MySqlDataSource db, RateCounter limits, PiiProtector pii, ISmsSender sender, SmsOptions options,
        TimeProvider clock, ILogger<ISmsSender> logger, CancellationToken ct)
    {
        if (!SmsCodes.IsMainlandMobile(request.Phone))
        {
            return InvalidPhone();
        }

        var phone = request.Phone!;
        var label = pii.Label("phone", phone);
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        foreach (var (bucket, limit, window) in new[]
                 {
                     ($"sms:addr:{address}:h", options.PerAddressPerHour, TimeSpan.FromHours(1)),
                     ($"sms:phone:{label}:min", options.PerPhonePerMinute, TimeSpan.FromMinutes(1)),
                     ($"sms:phone:{label}:day", options.PerPhonePerDay, TimeSpan.FromDays(1)),
                 })
        {
            var decision = await limits.HitAsync(bucket, limit, window, ct);
            if (!decision.Allowed)
            {
                return RateLimitedProblem(http, decision.RetryAfter);
            }
        }

        var code = SmsCodes.NewCode();
        var now = clock.GetUtcNow();
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            await SmsCodes.StoreAsync(conn, pii, phone, code, now, ct);
        }

        try
        {
            await sender.SendAsync(phone, code, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && OutboundHttp.IsUnavailable(ex))
        {
            logger.LogWarning("SMS to {PhoneLabel} failed: {Reason}", label, ex.GetType().Name);
            return Problems.Create(503, "sms.unavailable", "Text messages cannot be sent right now. Try again shortly.");
        }

        logger.LogInformation("SMS login code sent to {PhoneLabel}", label);
        return TypedResults.Accepted((string?)null, new Response((int)SmsCodes.Lifetime.TotalSeconds, 60));
    }

    internal static ProblemHttpResult InvalidPhone() =>
        Problems.Validation(new Dictionary<string, string[]> { ["phone"] = ["must be a mainland China mobile number: 11 digits starting 13-19"] },
            code: "auth.invalid_phone", title: "The phone number is not a mainland China mobile number.");

    internal static ProblemHttpResult RateLimitedProblem(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Create(429, "rate_limited", "Too many requests.", $"Try again in {seconds} seconds.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }
}
