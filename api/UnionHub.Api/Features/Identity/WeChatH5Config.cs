using Microsoft.AspNetCore.Http.HttpResults;
using static UnionHub.Api.Features.Identity.WeChatOAuthLogin;

namespace UnionHub.Api.Features.Identity;

public static class WeChatH5Config
{
    public static Ok<ConfigResponse> Handle(IWeChatOAuthClient oauth) =>
        TypedResults.Ok(oauth.Enabled
            ? new ConfigResponse(true, oauth.AppId, Scope, oauth.DevRedirect)
            : new ConfigResponse(false, null, Scope, false));
}
