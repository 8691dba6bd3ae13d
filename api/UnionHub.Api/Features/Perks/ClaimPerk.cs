using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Perks;

/// <summary>
/// POST /perks/{id}/claims (idempotent): a verified member claims one voucher; the combiner decides and commits it, and stores
/// the answer under the Idempotency-Key in the same transaction (docs/adr/0008-claim-combiner.md).
/// </summary>
public static class ClaimPerk
{
    public sealed record Response(string ClaimId, VoucherSummary Voucher);

    public static async Task<Results<Created<Response>, StoredResponse, ProblemHttpResult>> Handle(
        string id, HttpContext http, ClaimEngine engine)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var perkId) || perkId <= 0)
        {
            return Problems.NotFound("perk");
        }

        var key = http.Request.Headers[IdempotencyGate.Header].ToString();
        if (key.Length > 0 && IdempotencyGate.InvalidKey(key) is { } invalid)
        {
            return invalid;
        }

        // not cancellable: once queued, the claim may commit, and its answer must be stored under the key
        var outcome = await engine.ClaimAsync(perkId, http.User.MemberId()!.Value, key.Length > 0 ? key : null,
            IdempotencyGate.HashRequest(http.Request, null), Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
        AppMetrics.Claim(outcome.Granted is not null ? "granted"
            : outcome.Replay is not null ? "replayed"
            : outcome.Refusal!.ProblemDetails.Extensions["code"] as string ?? "unknown");
        if (outcome.Replay is { } replay)
        {
            return replay;
        }

        // an answer stored under the key goes out as stored (serialised once; a replay is then these very bytes)
        if (outcome.Granted is { } granted)
        {
            var location = $"/api/v1/me/vouchers/{granted.Voucher.Id}";
            return outcome.Stored is { } stored201 ? stored201.AsFirstAnswer(location) : TypedResults.Created(location, granted);
        }

        return outcome.Stored is { } storedRefusal ? storedRefusal.AsFirstAnswer() : outcome.Refusal!;
    }
}
