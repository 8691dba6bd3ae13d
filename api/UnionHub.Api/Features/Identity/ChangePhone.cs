using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// PUT /me/phone: the logged-in member moves their account to a new phone proven by an SMS code sent to it (POST
/// /auth/sms/send). SMS logins with the new phone reach this member from then on; the old phone no longer does (a login
/// with it creates a new member). The answer is the /me document with the new phone masked.
/// - The phone is this member's already: 200, nothing changes.
/// - Another member has the phone: 409 <c>auth.phone_taken</c> (the UNIQUE index on the phone's blind index decides).
/// - A member with no phone yet gets it bound, as POST /me/phone would for a phone nobody has.
/// The body is POST /me/phone's (<c>{phone, code}</c>): one request schema for the path.
/// </summary>
public static class ChangePhone
{
    private const string LockMe = "SELECT phone_hash FROM member WHERE id = @Id AND deleted_at IS NULL FOR UPDATE";

    private const string SetPhone = "UPDATE member SET phone_hash = @PhoneHash, phone_enc = @PhoneEnc WHERE id = @Id AND deleted_at IS NULL";

    public static async Task<Results<Ok<GetMe.MeResponse>, ProblemHttpResult>> Handle(
        BindPhone.Request request, HttpContext http, MySqlDataSource db, Transactions transactions, PiiProtector pii, RateCounter limits,
        SmsOptions options, TimeProvider clock, CancellationToken ct)
    {
        var meId = http.User.MemberId()!.Value;
        await using (var codes = await db.OpenConnectionAsync(ct))
        {
            // outside the transaction: a tried code stays counted (and a used one used) whatever the change answers
            if (await SmsCodes.ProveAsync(request.Phone, request.Code, http, codes, pii, limits, options, clock.GetUtcNow(), ct) is { } refused)
            {
                return refused;
            }
        }

        var phone = request.Phone!;

        var phoneHash = pii.PhoneIndex(phone);
        return await transactions.RunAsync<Results<Ok<GetMe.MeResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var current = await conn.QueryAsync<byte[]?>(new CommandDefinition(LockMe, new { Id = meId }, tx, cancellationToken: ct));
            if (current.ToList() is not [var currentHash])
            {
                return Problems.Create(401, PlatformProblems.AuthUnauthenticated, "The member no longer exists.");
            }

            if (currentHash is null || !currentHash.AsSpan().SequenceEqual(phoneHash))
            {
                try
                {
                    await conn.ExecuteAsync(new CommandDefinition(SetPhone, new { PhoneHash = phoneHash, PhoneEnc = pii.Encrypt(phone), Id = meId }, tx,
                        cancellationToken: ct));
                }
                catch (MySqlException ex) when (ex.IsDuplicateKey())
                {
                    return Problems.Create(409, IdentityProblems.AuthPhoneTaken, "This phone belongs to another account.");
                }

                await Audit.WriteAsync(conn, tx, http, currentHash is null ? "member.bind_phone" : "member.change_phone", "member",
                    meId.Text(), null, ct);
            }

            return TypedResults.Ok((await GetMe.LoadAsync(conn, tx, pii, meId, ct))!);
        }, ct);
    }
}
