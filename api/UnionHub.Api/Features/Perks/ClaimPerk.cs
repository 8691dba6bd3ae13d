using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>POST /perks/{id}/claims (idempotent): a verified member claims one voucher; the combiner commits it.</summary>
public static class ClaimPerk
{
    public sealed record Response(string ClaimId, VoucherSummary Voucher);

    public static async Task<Results<Created<Response>, StoredResponse, ProblemHttpResult>> Handle(
        string id, HttpContext http, IdempotencyGate gate, ClaimEngine engine, VoucherSigner signer, CancellationToken ct)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var perkId) || perkId <= 0)
        {
            return Problems.NotFound("perk");
        }

        var memberId = http.User.MemberId()!.Value;
        await using var idem = await gate.StartAsync(http, "member:" + memberId.ToString(CultureInfo.InvariantCulture), null, ct);
        if (idem.Refusal is { } refusal)
        {
            return refusal;
        }

        if (idem.Replay is { } replay)
        {
            return replay;
        }

        var code = VoucherSigner.NewCode();
        var ticket = new ClaimTicket(memberId, code, signer.Sign(code), idem);
        // not cancellable: once queued, the claim may commit, and the key must not be released before we know
        var outcome = await engine.SubmitAsync(perkId, ticket);
        AppMetrics.Claim(outcome.Granted is not null ? "granted" : outcome.Refusal!.ProblemDetails.Extensions["code"] as string ?? "unknown");
        if (outcome.Granted is { } granted)
        {
            return TypedResults.Created($"/api/v1/me/vouchers/{granted.Voucher.Id}", granted);
        }

        var problem = outcome.Refusal!;
        if (outcome.IsTransient)
        {
            return problem; // not stored: the key was released, a retry may succeed
        }

        // the stored refusal is replayed as is, so it carries the first call's traceId
        problem.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
        return await idem.RefuseAsync(problem, CancellationToken.None);
    }
}
