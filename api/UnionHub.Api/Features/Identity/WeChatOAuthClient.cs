using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// The WeChat Official Account (公众号) whose web OAuth logs members in to the H5 app opened inside WeChat.
/// Separate from the mini-program's <see cref="WeChatOptions"/>: another appid and secret.
/// </summary>
public sealed class WeChatH5Options : OutboundHttpOptions
{
    public const string Section = "WechatH5";
    /// <summary><c>fake</c> (Development and tests: code <c>dev-&lt;x&gt;</c> is openid x) or <c>http</c> (sns/oauth2/access_token).</summary>
    public string? Provider { get; set; }
    public string? AppId { get; set; }
    public string? AppSecret { get; set; }

    public WeChatH5Options() => BaseAddress = "https://api.weixin.qq.com/";
}

/// <summary>Exchanges an Official Account web OAuth code (<c>snsapi_base</c>) for the user's openid (and unionid when bound to an open platform).</summary>
public interface IWeChatOAuthClient
{
    /// <summary>False when the HTTP provider has no appid and secret configured: the H5 app then offers SMS login only.</summary>
    bool Enabled { get; }
    /// <summary>True for the fake provider: the H5 app skips open.weixin.qq.com and comes back with <c>code=dev-&lt;x&gt;</c>.</summary>
    bool DevRedirect { get; }
    string AppId { get; }
    Task<Code2SessionResult> ExchangeAsync(string code, CancellationToken ct);
}

/// <summary>Development and test provider: <c>dev-&lt;x&gt;</c> logs in as openid <c>x</c>; any other code is rejected.</summary>
public sealed class FakeWeChatOAuthClient(WeChatH5Options options) : IWeChatOAuthClient
{
    public bool Enabled => true;
    public bool DevRedirect => true;
    public string AppId => options.AppId ?? "dev-oa";

    public Task<Code2SessionResult> ExchangeAsync(string code, CancellationToken ct) => Task.FromResult(FakeWeChatClient.Exchange(code));
}

/// <summary>Calls <c>GET sns/oauth2/access_token</c> through the <see cref="ClientName"/> client (see <see cref="WeChatSns"/>; the access token is never read).</summary>
public sealed class HttpWeChatOAuthClient : IWeChatOAuthClient
{
    public const string ClientName = "wechat-h5";
    private readonly IHttpClientFactory _clients;
    private readonly WeChatH5Options _options;
    private readonly ILogger<HttpWeChatOAuthClient> _logger;

    public HttpWeChatOAuthClient(IHttpClientFactory clients, WeChatH5Options options, ILogger<HttpWeChatOAuthClient> logger)
    {
        _clients = clients;
        _options = options;
        _logger = logger;
    }

    public bool Enabled => !string.IsNullOrWhiteSpace(_options.AppId) && !string.IsNullOrWhiteSpace(_options.AppSecret);
    public bool DevRedirect => false;
    public string AppId => _options.AppId ?? "";

    public Task<Code2SessionResult> ExchangeAsync(string code, CancellationToken ct) =>
        WeChatSns.ExchangeAsync(_clients.CreateClient(ClientName), _logger, "oauth2/access_token",
            "sns/oauth2/access_token?appid=" + Uri.EscapeDataString(AppId) + "&secret=" + Uri.EscapeDataString(_options.AppSecret ?? "") +
            "&code=" + Uri.EscapeDataString(code) + "&grant_type=authorization_code", ct);
}
