namespace UnionHub.Api.Features.Notifications;

/// <summary>Every error <c>code</c> the Notifications endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class NotificationProblems
{
    public const string NotificationNotDead = "notification.not_dead";
    public const string KindNotMutable = "notification.kind_not_mutable";
    public const string BroadcastDailyLimit = "broadcast.daily_limit";
}
