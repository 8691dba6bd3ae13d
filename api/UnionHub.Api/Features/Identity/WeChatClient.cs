using System.Text.Json;
using System.Text.Json.Serialization;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

public sealed class WeChatOptions : OutboundHttpOptions
{
    public const string Section = "Wechat";
    /// <summary><c>fake</c> (Development and tests: code <c>dev-&lt;x&gt;</c> is openid x) or <c>http</c> (code2session).</summary>
    public string? Provider { get; set; }
    public string? AppId { get; set; }
    public string? AppSecret { get; set; }

    public WeChatOptions() => BaseAddress = "https://api.weixin.qq.com/";
}

/// <summary>Who a <c>wx.login</c> code belongs to. The session key is deliberately absent: it never leaves the WeChat client.</summary>
public sealed record WeChatIdentity(string OpenId, string? UnionId);

public enum WeChatOutcome { Ok, Rejected, Unavailable }

public sealed record Code2SessionResult(WeChatOutcome Outcome, WeChatIdentity? Identity = null, int? ErrCode = null);

/// <summary>Exchanges a mini-program login code for the user's openid (and unionid when the app is bound to an open platform).</summary>
public interface IWeChatClient
{
    string AppId { get; }
    Task<Code2SessionResult> Code2SessionAsync(string code, CancellationToken ct);
}

/// <summary>Development and test provider: <c>dev-&lt;x&gt;</c> logs in as openid <c>x</c>; any other code is rejected.</summary>
public sealed class FakeWeChatClient(WeChatOptions options) : IWeChatClient
{
    public const string Prefix = "dev-";

    public string AppId => options.AppId ?? "dev-app";

    public Task<Code2SessionResult> Code2SessionAsync(string code, CancellationToken ct) => Task.FromResult(Exchange(code));

    /// <summary>The fake exchange both fake WeChat clients answer: <c>dev-&lt;openid&gt;</c> is accepted, anything else is errcode 40029.</summary>
    public static Code2SessionResult Exchange(string code) =>
        code.StartsWith(Prefix, StringComparison.Ordinal) && code.Length > Prefix.Length
            ? new Code2SessionResult(WeChatOutcome.Ok, new WeChatIdentity(code[Prefix.Length..], null))
            : new Code2SessionResult(WeChatOutcome.Rejected, ErrCode: 40029);
}

/// <summary>Calls <c>GET sns/jscode2session</c> through the <see cref="ClientName"/> client (see <see cref="WeChatSns"/>).</summary>
public sealed class HttpWeChatClient : IWeChatClient
{
    public const string ClientName = "wechat";
    private readonly IHttpClientFactory _clients;
    private readonly WeChatOptions _options;
    private readonly ILogger<HttpWeChatClient> _logger;

    public HttpWeChatClient(IHttpClientFactory clients, WeChatOptions options, ILogger<HttpWeChatClient> logger)
    {
        _clients = clients;
        _options = options;
        _logger = logger;
        if (string.IsNullOrWhiteSpace(options.AppId) || string.IsNullOrWhiteSpace(options.AppSecret))
        {
            throw new InvalidOperationException("Wechat:AppId and Wechat:AppSecret must be set when Wechat:Provider is http.");
        }
    }

    public string AppId => _options.AppId!;

    public Task<Code2SessionResult> Code2SessionAsync(string code, CancellationToken ct) =>
        WeChatSns.ExchangeAsync(_clients.CreateClient(ClientName), _logger, "code2session",
            "sns/jscode2session?appid=" + Uri.EscapeDataString(AppId) + "&secret=" + Uri.EscapeDataString(_options.AppSecret ?? "") +
            "&js_code=" + Uri.EscapeDataString(code) + "&grant_type=authorization_code", ct);
}

/// <summary>
/// One exchange of a WeChat code at <c>api.weixin.qq.com/sns/...</c> (mini-program code2session, Official Account OAuth
/// access_token): the answer's openid and unionid, its errcode mapped to rejected or unavailable. Keys and tokens in the
/// answer (<c>session_key</c>, <c>access_token</c>) are not even deserialised, and neither the answer nor the URL (it
/// carries the app secret) is ever logged.
/// </summary>
internal static class WeChatSns
{
    private sealed record Body(
        [property: JsonPropertyName("openid")] string? OpenId,
        [property: JsonPropertyName("unionid")] string? UnionId,
        [property: JsonPropertyName("errcode")] int? ErrCode);

    public static async Task<Code2SessionResult> ExchangeAsync(HttpClient client, ILogger logger, string what, string path, CancellationToken ct)
    {
        Body? body;
        try
        {
            using var response = await client.GetAsync(path, ct);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("WeChat {Call} answered {Status}", what, (int)response.StatusCode);
                return new Code2SessionResult(WeChatOutcome.Unavailable);
            }

            // WeChat answers JSON labelled text/plain
            body = JsonSerializer.Deserialize<Body>(await response.Content.ReadAsStringAsync(ct));
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && (OutboundHttp.IsUnavailable(ex) || ex is JsonException))
        {
            logger.LogWarning("WeChat {Call} unavailable: {Reason}", what, ex.GetType().Name);
            return new Code2SessionResult(WeChatOutcome.Unavailable);
        }

        return body switch
        {
            // -1: system busy; 45011: API rate limit. Both say "try again", not "this code is bad".
            { ErrCode: -1 or 45011 } => new Code2SessionResult(WeChatOutcome.Unavailable, ErrCode: body.ErrCode),
            { ErrCode: not null and not 0 } => new Code2SessionResult(WeChatOutcome.Rejected, ErrCode: body.ErrCode),
            { OpenId: { Length: > 0 and <= 128 } openId } =>
                new Code2SessionResult(WeChatOutcome.Ok, new WeChatIdentity(openId, body.UnionId is { Length: > 0 and <= 128 } u ? u : null)),
            _ => new Code2SessionResult(WeChatOutcome.Unavailable),
        };
    }
}
