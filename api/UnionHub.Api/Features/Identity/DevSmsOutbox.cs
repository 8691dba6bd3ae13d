using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>GET /dev/sms-outbox?phone=...: the codes the fake SMS provider "sent", newest first. Development only.</summary>
public static class DevSmsOutbox
{
    public sealed record Response(IReadOnlyList<FakeSmsSender.Message> Messages);

    public static Results<Ok<Response>, ProblemHttpResult> Handle(string? phone, ISmsSender sender)
    {
        if (sender is not FakeSmsSender fake)
        {
            return Problems.Create(404, PlatformProblems.NotFound, "The SMS provider is not the local fake (Sms:Provider).");
        }

        return !SmsCodes.IsMainlandMobile(phone) ? SmsSend.InvalidPhone() : TypedResults.Ok(new Response(fake.For(phone!)));
    }
}
