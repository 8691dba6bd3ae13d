using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Notifications;

/// <summary>
/// GET /notifications/templates: the WeChat subscribe-message template id of each kind that has one configured, so that a
/// mini-program can ask the member's consent with <c>wx.requestSubscribeMessage({ tmplIds })</c> before the event.
/// </summary>
public static class ListNotificationTemplates
{
    public sealed record Template(string Kind, string TemplateId, bool Important);

    public sealed record Response(IReadOnlyList<Template> Items);

    public static Ok<Response> Handle(NotificationOptions options) => TypedResults.Ok(new Response(NotificationKinds.All
        .Where(k => options.Templates.TryGetValue(k, out var t) && !string.IsNullOrWhiteSpace(t.TemplateId))
        .Select(k => new Template(k, options.Templates[k].TemplateId!.Trim(), NotificationKinds.Important.Contains(k)))
        .ToList()));
}
