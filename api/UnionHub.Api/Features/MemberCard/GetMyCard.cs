using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.MemberCard;

/// <summary>
/// GET /me/card: the caller's electronic member card with a QR payload signed for the current minute. The app shows the QR and
/// fetches a fresh card at <c>refreshAt</c> (the next minute); the payload verifies until <c>expiresAt</c> (the end of the next
/// minute, see <see cref="MemberCardRules"/>). An account that is no member now gets its state (<c>left</c> when it was one,
/// else <c>none</c>) and no card fields.
/// </summary>
public static class GetMyCard
{
    /// <param name="MembershipState"><c>active</c>, <c>left</c> (was a member, is none now) or <c>none</c>.</param>
    /// <param name="Verified">Whether the account passed real-name verification against a roster (every active member has).</param>
    public sealed record Response(string MembershipState, bool Verified, string? CardNo, string? OrgId, string? OrgName, string? NameMasked,
        string? QrPayload, DateTimeOffset? IssuedAt, DateTimeOffset? RefreshAt, DateTimeOffset? ExpiresAt);

    private const string EverMember = "SELECT EXISTS (SELECT 1 FROM membership_history WHERE member_id = @Id)";

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, VoucherSigner signer, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await MemberCardRules.LoadAsync(conn, null, memberId, ct) is not { DeletedAt: null } card)
        {
            return Problems.NotFound("member");
        }

        if (!card.Active)
        {
            var was = await conn.ExecuteScalarAsync<bool>(new CommandDefinition(EverMember, new { Id = memberId }, cancellationToken: ct));
            return TypedResults.Ok(new Response(was ? "left" : "none", false, null, null, null, null, null, null, null, null));
        }

        var minute = MemberCardRules.MinuteOf(clock.GetUtcNow());
        return TypedResults.Ok(new Response("active", true, card.MemberCardNo, card.OrgId!.Value.Text(), card.OrgName,
            pii.DecryptOrNull(card.NameEnc) is { } name ? Mask.Name(name) : null,
            MemberCardRules.Payload(signer, card.Id, minute),
            MemberCardRules.StartOf(minute).ToChina(),
            MemberCardRules.StartOf(minute + 1).ToChina(),
            MemberCardRules.StartOf(minute + 1 + MemberCardRules.Tolerance).ToChina()));
    }
}
