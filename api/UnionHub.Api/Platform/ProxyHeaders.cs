using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace UnionHub.Api.Platform;

/// <summary>
/// Behind a load balancer every connection comes from the balancer: the client's own address is in <c>X-Forwarded-For</c>.
/// That header is believed only from the peers named in <c>ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR), and only its last <c>ForwardLimit</c> entries (default 1: the one the
/// balancer appended; whatever the client wrote itself comes before). With neither set, nothing is forwarded: the peer is
/// the client. Every per-address limit (SMS, logins, WeChat) and the audit's client address read
/// <c>Connection.RemoteIpAddress</c>, which this sets first thing in the pipeline.
/// </summary>
public static class ProxyHeaders
{
    public const string Section = "ForwardedHeaders";

    public static WebApplicationBuilder AddProxyHeaders(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear(); // ASP.NET Core trusts loopback by default: here only what is configured
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Where(p => !string.IsNullOrWhiteSpace(p)))
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var ip)
                    ? ip
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in networks.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var net)
                    ? net
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a CIDR network."));
            }

            o.ForwardLimit = Math.Max(1, section.GetValue("ForwardLimit", 1));
        });
        return builder;
    }

    public static WebApplication UseProxyHeaders(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>
    /// The request came through a trusted proxy: its client address was taken from X-Forwarded-For, or the peer is a proxy
    /// that named no client. Such a request is never "from this host", whatever address it carries.
    /// </summary>
    public static bool CameThroughProxy(HttpContext http)
    {
        if (http.Request.Headers.ContainsKey(new ForwardedHeadersOptions().OriginalForHeaderName))
        {
            return true; // set by the middleware when it applied a forwarded address (a client setting it only hurts itself)
        }

        var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        return http.Connection.RemoteIpAddress is { } peer
            && (options.KnownProxies.Contains(peer) || options.KnownIPNetworks.Any(n => n.Contains(peer)));
    }
}
