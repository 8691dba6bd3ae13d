using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>Member login (SMS, WeChat), refresh and logout; the SMS and WeChat providers.</summary>
public static class MemberAuthApi
{
    /// <summary>Bucket name of the per-address WeChat login limit (both WeChat routes share it).</summary>
    public const string WeChatLoginLimit = "wechat-login";

    public const string ProviderFake = "fake";
    public const string ProviderHttp = "http";

    public static WebApplicationBuilder AddMemberAuth(this WebApplicationBuilder builder)
    {
        var env = builder.Environment;
        // The provider decides what is registered, so it is read now; the rest is read when first needed, from the final configuration.
        var smsProvider = Provider(builder.Configuration[SmsOptions.Section + ":Provider"], env, "Sms:Provider");
        var wechatProvider = Provider(builder.Configuration[WeChatOptions.Section + ":Provider"], env, "Wechat:Provider");
        var wechatH5Provider = Provider(builder.Configuration[WeChatH5Options.Section + ":Provider"], env, "WechatH5:Provider");
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(SmsOptions.Section).Get<SmsOptions>() ?? new SmsOptions());
        builder.Services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection(WeChatOptions.Section).Get<WeChatOptions>() ?? new WeChatOptions());
        builder.Services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection(WeChatH5Options.Section).Get<WeChatH5Options>() ?? new WeChatH5Options());
        builder.Services.AddSingleton<Sessions>();

        if (smsProvider == ProviderFake)
        {
            builder.Services.AddSingleton<FakeSmsSender>();
            builder.Services.AddSingleton<ISmsSender>(sp => sp.GetRequiredService<FakeSmsSender>());
        }
        else
        {
            builder.Services.AddOutboundHttpClient<SmsOptions>(HttpSmsSender.ClientName, SmsOptions.Section);
            builder.Services.AddSingleton<ISmsSender, HttpSmsSender>();
        }

        if (wechatProvider == ProviderFake)
        {
            builder.Services.AddSingleton<IWeChatClient, FakeWeChatClient>();
        }
        else
        {
            builder.Services.AddOutboundHttpClient<WeChatOptions>(HttpWeChatClient.ClientName, WeChatOptions.Section);
            builder.Services.AddSingleton<IWeChatClient, HttpWeChatClient>();
        }

        if (wechatH5Provider == ProviderFake)
        {
            builder.Services.AddSingleton<IWeChatOAuthClient, FakeWeChatOAuthClient>();
        }
        else
        {
            // Without WechatH5:AppId and AppSecret the H5 WeChat login is off (h5-config says so), not a start-up failure.
            builder.Services.AddOutboundHttpClient<WeChatH5Options>(HttpWeChatOAuthClient.ClientName, WeChatH5Options.Section);
            builder.Services.AddSingleton<IWeChatOAuthClient, HttpWeChatOAuthClient>();
        }

        return builder;
    }

    /// <summary>Fakes exist only in Development and the test host ("Testing"); elsewhere asking for one stops start-up.</summary>
    private static string Provider(string? configured, IHostEnvironment env, string setting)
    {
        var provider = string.IsNullOrWhiteSpace(configured) ? (env.IsDevelopment() ? ProviderFake : ProviderHttp) : configured.Trim().ToLowerInvariant();
        return provider switch
        {
            ProviderHttp => provider,
            ProviderFake when env.IsDevelopment() || env.IsEnvironment("Testing") => provider,
            ProviderFake => throw new InvalidOperationException($"{setting} = fake is allowed only in Development."),
            _ => throw new InvalidOperationException($"{setting} must be '{ProviderFake}' or '{ProviderHttp}'."),
        };
    }

    public static IEndpointRouteBuilder MapMemberAuth(this IEndpointRouteBuilder app)
    {
        // Build the providers now, so that missing settings stop start-up rather than the first login.
        _ = app.ServiceProvider.GetRequiredService<ISmsSender>();
        _ = app.ServiceProvider.GetRequiredService<IWeChatClient>();
        _ = app.ServiceProvider.GetRequiredService<IWeChatOAuthClient>();

        var auth = app.MapGroup("/api/v1/auth").WithTags("Member auth").AllowAnonymous();
        auth.MapPost("/sms/send", SendSmsCode.Handle)
            .WithName("SendSmsCode").WithSummary("Text a 6-digit login code to a mainland mobile (1 a minute, 10 a day per phone)")
            .ProducesProblem(422).ProducesProblem(429).ProducesProblem(503);
        auth.MapPost("/sms/login", SmsLogin.Handle)
            .WithName("SmsLogin").WithSummary("Log in with phone and SMS code; creates the member on first login")
            .ProducesProblem(401).ProducesProblem(422).ProducesProblem(429);
        auth.MapPost("/wechat/login", WeChatLogin.Handle)
            .WithName("WeChatLogin").WithSummary("Log in with a wx.login code; creates the member on first login")
            .RequireDbRateLimit(WeChatLoginLimit, DbRateLimit.ClientAddress, o => (o.WeChatLoginPerAddressPerMinute, TimeSpan.FromMinutes(1)))
            .ProducesProblem(401).ProducesProblem(422).ProducesProblem(429).ProducesProblem(503);
        auth.MapPost("/wechat/oauth-login", WeChatOAuthLogin.Handle)
            .WithName("WeChatOAuthLogin")
            .WithSummary("Log in the H5 app inside WeChat with an Official Account web OAuth code (snsapi_base); same member as the mini-program by unionid")
            .RequireDbRateLimit(WeChatLoginLimit, DbRateLimit.ClientAddress, o => (o.WeChatLoginPerAddressPerMinute, TimeSpan.FromMinutes(1)))
            .ProducesProblem(401).ProducesProblem(404).ProducesProblem(422).ProducesProblem(429).ProducesProblem(503);
        auth.MapGet("/wechat/h5-config", WeChatH5Config.Handle)
            .WithName("WeChatH5Config").WithSummary("Whether the H5 app may offer WeChat login, and the Official Account appid for the OAuth redirect");
        auth.MapPost("/refresh", RefreshTokens.Handle)
            .WithName("RefreshTokens").WithSummary("Spend a refresh token for new tokens (reuse of a spent one revokes its family)")
            .ProducesProblem(401);
        auth.MapPost("/logout", Logout.Handle)
            .WithName("Logout").WithSummary("Revoke the refresh token's family")
            .ProducesProblem(400);

        var me = app.MapGroup("/api/v1/me").WithTags("Member auth").RequireAuthorization(Policies.Member);
        me.MapPost("/phone", BindPhone.Handle)
            .WithName("BindPhone").WithSummary("Bind a phone proven by SMS code; links a WeChat login to the SMS member of that phone")
            .ProducesProblem(401).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
        me.MapPut("/phone", ChangePhone.Handle)
            .WithName("ChangePhone").WithSummary("Move the account to a new phone proven by an SMS code sent to it; answers the /me document")
            .ProducesProblem(401).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);

        if (app.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            app.MapGroup("/api/v1/dev").WithTags("Development").AllowAnonymous()
                .MapGet("/sms-outbox", DevSmsOutbox.Handle)
                .WithName("DevSmsOutbox").WithSummary("Codes sent by the fake SMS provider, newest first (Development only)")
                .ProducesProblem(404).ProducesProblem(422);
        }

        return app;
    }
}
