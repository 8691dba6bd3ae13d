using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Identity.SmsSend;

namespace UnionHub.Api.Features.Identity;

public static class SendSmsCode
{
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
        var address = DbRateLimit.ClientAddress(http);
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
                return RateLimited.Problem(http, decision.RetryAfter);
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
            return Problems.Create(503, IdentityProblems.SmsUnavailable, "Text messages cannot be sent right now. Try again shortly.");
        }

        logger.LogInformation("SMS login code sent to {PhoneLabel}", label);
        return TypedResults.Accepted((string?)null, new Response((int)SmsCodes.Lifetime.TotalSeconds, 60));
    }
}
