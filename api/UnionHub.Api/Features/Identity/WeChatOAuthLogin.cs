using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// POST /auth/wechat/oauth-login: the member H5 app opened inside WeChat's browser logs in with the code of the
/// Official Account web OAuth (<c>snsapi_base</c>), exchanged at <c>sns/oauth2/access_token</c> with the Official
/// Account's appid and secret (<c>WechatH5:*</c>). Same member resolution and tokens as the mini-program login
/// (<see cref="WeChatLogin.LoginAsync"/>): a unionid already bound (the mini-program of the same open platform)
/// logs in as that member, otherwise (Official Account appid, openid) keys the binding (ADR 0004).
/// </summary>
public static class WeChatOAuthLogin
{
    public sealed record Request(string? Code);

    /// <summary>What the H5 app needs to start the OAuth redirect.</summary>
    /// <param name="Enabled">False when no Official Account is configured: offer SMS login only.</param>
    /// <param name="AppId">The Official Account appid for <c>open.weixin.qq.com/connect/oauth2/authorize</c>; null when disabled.</param>
    /// <param name="Scope">Always <c>snsapi_base</c> (silent: the openid only, no profile consent page).</param>
    /// <param name="DevRedirect">Development only: skip open.weixin.qq.com and come back with <c>code=dev-&lt;random&gt;</c>.</param>
    public sealed record ConfigResponse(bool Enabled, string? AppId, string Scope, bool DevRedirect);

    public const string Scope = "snsapi_base";

    public static async Task<Results<Ok<TokensResponse>, ProblemHttpResult>> Handle(
        Request request, MySqlDataSource db, Transactions transactions, IWeChatOAuthClient oauth, Sessions sessions, TimeProvider clock, CancellationToken ct)
    {
        if (!oauth.Enabled)
        {
            return Problems.Create(404, IdentityProblems.AuthWechatH5Disabled, "WeChat login for the H5 app is not configured.");
        }

        return await WeChatLogin.LoginAsync(request.Code, oauth.AppId, oauth.ExchangeAsync,
            "Start the WeChat authorisation again for a new code (a code can be used once, within 5 minutes).", db, transactions, sessions, clock, ct);
    }
}
