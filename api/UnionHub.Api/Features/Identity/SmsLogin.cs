using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>
/// POST /auth/sms/login: spends the phone's newest code and logs the member in, creating the member on first
/// login. The phone is kept as a blind index (lookup, uniqueness) and AES-GCM ciphertext (masked display).
/// </summary>
public static class SmsLogin
{
    public sealed record Request(string? Phone, string? Code);

    private const string FindByPhone = "SELECT id, phone_enc AS PhoneEnc, verified_at AS VerifiedAt FROM member WHERE phone_hash = @PhoneHash";

    private const string InsertMember = """
        INSERT INTO member (phone_hash, phone_enc, created_at) VALUES (@PhoneHash, @PhoneEnc, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Ok<TokensResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, MySqlDataSource db, PiiProtector pii, Sessions sessions, RateCounter limits, SmsOptions options,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await SmsCodes.ProveAsync(request.Phone, request.Code, http, conn, pii, limits, options, now, ct) is { } refused)
        {
            return refused;
        }

        var member = await FindOrCreateAsync(conn, pii, request.Phone!, now, ct);
        return TypedResults.Ok(await sessions.ForMemberAsync(conn, null, member, null, now, ct));
    }

    /// <summary>The member owning <paramref name="phone"/>; created when none does (a duplicate-key race means: use that row).</summary>
    internal static async Task<Sessions.MemberRow> FindOrCreateAsync(MySqlConnection conn, PiiProtector pii, string phone, DateTimeOffset now,
        CancellationToken ct)
    {
        var phoneHash = pii.PhoneIndex(phone);
        var existing = await conn.QuerySingleOrDefaultAsync<Sessions.MemberRow>(new CommandDefinition(FindByPhone,
            new { PhoneHash = phoneHash }, cancellationToken: ct));
        if (existing is not null)
        {
            return existing;
        }

        try
        {
            var phoneEnc = pii.Encrypt(phone);
            var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertMember,
                new { PhoneHash = phoneHash, PhoneEnc = phoneEnc, Now = now.UtcDateTime }, cancellationToken: ct));
            return new Sessions.MemberRow(id, phoneEnc, null);
        }
        catch (MySqlException ex) when (ex.IsDuplicateKey())
        {
            return await conn.QuerySingleAsync<Sessions.MemberRow>(new CommandDefinition(FindByPhone, new { PhoneHash = phoneHash },
                cancellationToken: ct));
        }
    }

    internal static ProblemHttpResult InvalidCode() =>
        Problems.Create(401, IdentityProblems.AuthInvalidCode, "The code is wrong, expired or already used.", "Request a new code if this one is used up.");
}
