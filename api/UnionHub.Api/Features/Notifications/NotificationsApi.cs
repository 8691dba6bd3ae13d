using UnionHub.Api.Features.Identity;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>Member notifications: the members' inbox, the outbox delivery worker, its WeChat subscribe-message provider, and the dead-letter list.</summary>
public static class NotificationsApi
{
    public static WebApplicationBuilder AddNotificationsFeature(this WebApplicationBuilder builder)
    {
        var env = builder.Environment;
        var configured = builder.Configuration[NotificationOptions.Section + ":Provider"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = builder.Configuration[WeChatOptions.Section + ":Provider"];
        }

        var provider = string.IsNullOrWhiteSpace(configured)
            ? (env.IsDevelopment() ? MemberAuthApi.ProviderFake : MemberAuthApi.ProviderHttp)
            : configured.Trim().ToLowerInvariant();
        builder.Services.AddSingleton(sp =>
            sp.GetRequiredService<IConfiguration>().GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions());
        switch (provider)
        {
            case MemberAuthApi.ProviderFake when env.IsDevelopment() || env.IsEnvironment("Testing"):
                builder.Services.AddSingleton<FakeNotificationSender>();
                builder.Services.AddSingleton<INotificationSender>(sp => sp.GetRequiredService<FakeNotificationSender>());
                break;
            case MemberAuthApi.ProviderFake:
                throw new InvalidOperationException("Notifications:Provider = fake is allowed only in Development.");
            case MemberAuthApi.ProviderHttp:
                builder.Services.AddOutboundHttpClient<WeChatOptions>(WeChatSubscribeSender.ClientName, WeChatOptions.Section);
                builder.Services.AddSingleton<INotificationSender, WeChatSubscribeSender>();
                break;
            default:
                throw new InvalidOperationException("Notifications:Provider must be 'fake' or 'http'.");
        }

        builder.Services.AddSingleton<NotificationDispatcher>();
        builder.Services.AddSingleton<VoucherExpiryScan>();
        builder.Services.AddSingleton<OutboxRetention>();
        builder.Services.AddHostedService<NotificationWorker>();
        return builder;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        _ = app.ServiceProvider.GetRequiredService<INotificationSender>(); // missing settings stop start-up

        var admin = app.MapGroup("/api/v1/admin/notifications").WithTags("Notifications (staff)").RequireAuthorization(Policies.SuperAdmin);
        admin.MapGet("/dead-letters", ListDeadNotifications.Handle)
            .WithName("ListDeadNotifications").WithSummary("Member notifications that could not be delivered (the dead-letter list), newest first")
            .ProducesProblem(400);
        admin.MapPost("/{id}/requeue", RequeueNotification.Handle)
            .WithName("RequeueNotification").WithSummary("Send a dead notification again, with a fresh set of attempts")
            .ProducesProblem(404).ProducesProblem(409);

        app.MapGroup("/api/v1/admin/orgs").WithTags("Notifications (staff)").RequireAuthorization(Policies.OrgAdmin)
            .MapPost("/{orgId}/broadcasts", SendBroadcast.Handle).WithIdempotency(IdempotentCaller.Staff)
            .WithName("SendBroadcast")
            .WithSummary("A message (title, text, optional link) to the inbox of every verified member of the organisation's subtree; a few per day")
            .ProducesProblem(404).ProducesProblem(422).ProducesProblem(429);

        var me = app.MapGroup("/api/v1/me/notifications").WithTags("Notifications").RequireAuthorization(Policies.Member);
        me.MapGet("", ListMyNotifications.Handle)
            .WithName("ListMyNotifications").WithSummary("The caller's inbox, newest first, with the number of unread notices")
            .ProducesProblem(400);
        me.MapPost("/{id}/read", MarkNotificationRead.Handle)
            .WithName("MarkNotificationRead").WithSummary("Mark one of the caller's notices read (404 for any other id)")
            .ProducesProblem(404);
        me.MapPost("/read-all", MarkAllNotificationsRead.Handle)
            .WithName("MarkAllNotificationsRead").WithSummary("Mark every notice of the caller read");

        var settings = app.MapGroup("/api/v1/me/notification-settings").WithTags("Notifications").RequireAuthorization(Policies.Member);
        settings.MapGet("", GetNotificationSettings.Handle)
            .WithName("GetNotificationSettings").WithSummary("Which kinds of notice the caller receives (important ones always) and their SMS quiet hours");
        settings.MapPut("", UpdateNotificationSettings.Handle)
            .WithName("UpdateNotificationSettings").WithSummary("Turn non-important kinds off or on and set the SMS quiet hours (Beijing time)")
            .ProducesProblem(422);

        app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(Policies.Member)
            .MapGet("/templates", ListNotificationTemplates.Handle)
            .WithName("ListNotificationTemplates")
            .WithSummary("The WeChat subscribe-message template id of each kind, for wx.requestSubscribeMessage in a mini-program");
        return app;
    }
}
