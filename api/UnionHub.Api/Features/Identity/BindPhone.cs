using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// POST /me/phone: the logged-in member proves a phone with an SMS code and binds it, so that WeChat and SMS
/// logins reach the same member (ADR 0004).
/// - The member has no phone and nobody else has it: the phone is bound to this member.
/// - Another member (an earlier SMS login) has it and has no WeChat binding, and this member is a WeChat-only,
///   unverified member: the WeChat bindings move to that member, this member's refresh tokens are revoked, and
///   the answer carries tokens of the member who owns the phone. The client must switch to them.
/// - Otherwise 409.
/// </summary>
public static class BindPhone
{
    public sealed record Request(string? Phone, string? Code);

    private sealed record Me(long Id, byte[]? PhoneHash, byte[]? IdHash);

    private const string SelectMe = "SELECT id, phone_hash AS PhoneHash, id_hash AS IdHash FROM member WHERE id = @Id AND deleted_at IS NULL FOR UPDATE";

    private const string SetPhone = """
        UPDATE member SET phone_hash = @PhoneHash, phone_enc = @PhoneEnc WHERE id = @Id AND phone_hash IS NULL
        """;

    private const string LockOwner = "SELECT id FROM member WHERE phone_hash = @PhoneHash FOR UPDATE";

    private const string OwnerHasWeChat = "SELECT EXISTS (SELECT 1 FROM member_wechat WHERE member_id = @Owner)";

    private const string MoveWeChat = "UPDATE member_wechat SET member_id = @Owner WHERE member_id = @Me";

    private const string RevokeMember = """
        UPDATE refresh_token SET revoked_at = @Now WHERE subject_kind = 'member' AND subject_id = @Me AND revoked_at IS NULL
        """;

    public static async Task<Results<Ok<TokensResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, MySqlDataSource db, Transactions transactions, PiiProtector pii, Sessions sessions, RateCounter limits, SmsOptions options,
        TimeProvider clock, CancellationToken ct)
    {
        var meId = http.User.MemberId()!.Value;
        var now = clock.GetUtcNow();
        await using (var codes = await db.OpenConnectionAsync(ct))
        {
            // outside the transaction: a tried code stays counted (and a used one used) whatever the binding answers
            if (await SmsCodes.ProveAsync(request.Phone, request.Code, http, codes, pii, limits, options, now, ct) is { } refused)
            {
                return refused;
            }
        }

        var phone = request.Phone!;

        var phoneHash = pii.PhoneIndex(phone);
        return await transactions.RunAsync<Results<Ok<TokensResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var me = await conn.QuerySingleOrDefaultAsync<Me>(new CommandDefinition(SelectMe, new { Id = meId }, tx, cancellationToken: ct));
            if (me is null)
            {
                return Problems.Create(401, PlatformProblems.AuthUnauthenticated, "The member no longer exists.");
            }

            if (me.PhoneHash is not null)
            {
                if (me.PhoneHash.AsSpan().SequenceEqual(phoneHash))
                {
                    var same = await sessions.ForMemberAsync(conn, tx, meId, now, ct);
                    return TypedResults.Ok(same);
                }

                return Problems.Create(409, IdentityProblems.MemberPhoneAlreadyBound, "Another phone is already bound to this account.");
            }

            try
            {
                var bound = await conn.ExecuteAsync(new CommandDefinition(SetPhone,
                    new { PhoneHash = phoneHash, PhoneEnc = pii.Encrypt(phone), Id = meId }, tx, cancellationToken: ct));
                if (bound == 1)
                {
                    await Audit.WriteAsync(conn, tx, http, "member.bind_phone", "member", Id(meId), null, ct);
                    var tokens = await sessions.ForMemberAsync(conn, tx, meId, now, ct);
                    return TypedResults.Ok(tokens);
                }
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                // the phone belongs to another member: try to link below
            }

            // The failed statement rolled back only itself; the transaction (and the lock on me) is still ours.
            var owner = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(LockOwner, new { PhoneHash = phoneHash }, tx, cancellationToken: ct));
            if (owner is not { } ownerId)
            {
                return Problems.Create(409, PlatformProblems.Conflict, "The phone changed hands meanwhile. Try again.");
            }

            if (me.IdHash is not null ||
                await conn.ExecuteScalarAsync<bool>(new CommandDefinition(OwnerHasWeChat, new { Owner = ownerId }, tx, cancellationToken: ct)))
            {
                return Problems.Create(409, IdentityProblems.AuthPhoneTaken, "This phone belongs to another account that cannot be merged with this one.");
            }

            await conn.ExecuteAsync(new CommandDefinition(MoveWeChat, new { Owner = ownerId, Me = meId }, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(RevokeMember, new { Me = meId, Now = now.UtcDateTime }, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "member.link_wechat", "member", Id(ownerId), new { fromMemberId = Id(meId) }, ct);
            var linked = await sessions.ForMemberAsync(conn, tx, ownerId, now, ct);
            return TypedResults.Ok(linked);
        }, ct);
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
