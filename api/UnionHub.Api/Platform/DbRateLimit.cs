using Microsoft.AspNetCore.Http.HttpResults;

namespace UnionHub.Api.Platform;

/// <summary>
/// A limit kept in the database (<see cref="RateCounter"/>, fixed windows), so it holds across every API instance: for routes
/// that guard money or cost (merchant redemptions, staff password guessing). Runs as an endpoint filter, after authentication,
/// so the partition may use the caller's identity. Refusals are 429 <c>rate_limited</c> with <c>Retry-After</c>.
/// </summary>
public static class DbRateLimit
{
    /// <summary>
    /// Counts each call in the bucket <paramref name="name"/>:<c>partition(http)</c> and refuses calls over the limit that
    /// <paramref name="limit"/> reads from the current options. A null partition is not limited here.
    /// </summary>
    public static TBuilder RequireDbRateLimit<TBuilder>(this TBuilder builder, string name, Func<HttpContext, string?> partition,
        Func<RateLimitOptions, (int Limit, TimeSpan Window)> limit)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DbRateLimitMetadata()).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (partition(http) is not { } key)
            {
                return await next(context);
            }

            var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<RateLimitOptions>>().CurrentValue;
            var (max, window) = limit(options);
            if (max <= 0)
            {
                return await next(context); // 0 turns the limit off
            }

            var decision = await http.RequestServices.GetRequiredService<RateCounter>()
                .HitAsync($"{name}:{key}", max, window, http.RequestAborted);
            return decision.Allowed ? await next(context) : RateLimited.Problem(http, decision.RetryAfter);
        });

    /// <summary>
    /// The client address as a keyed hash (addresses are personal data: never stored in clear), of its <see cref="Subscriber"/>
    /// part: every per-address limit and the audit log key on this.
    /// </summary>
    public static string ClientAddress(HttpContext http) =>
        http.RequestServices.GetRequiredService<PiiProtector>().Label("rate-ip", Subscriber(http.Connection.RemoteIpAddress));

    /// <summary>
    /// The part of an address that names one subscriber: an IPv4 address whole, an IPv6 address its /64 prefix (a subscriber
    /// gets at least a /64 and picks host halves at will, so counting whole IPv6 addresses would let them walk around a limit).
    /// </summary>
    public static string Subscriber(System.Net.IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }
}

/// <summary>Endpoint metadata of a route with a <see cref="DbRateLimit"/>: the OpenAPI document lists its 429 and 503.</summary>
public sealed class DbRateLimitMetadata;
