using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.WebUtilities;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Identity;

/// <summary>The member as the token answer shows it.</summary>
public sealed record MemberSummary(string Id, string? PhoneMasked, bool Verified);

/// <summary>
/// Issues the token answer of a login or refresh: a short-lived JWT plus an opaque refresh token
/// (32 random bytes, base64url), stored only as its SHA-256 with a family id. Every refresh spends the
/// presented token and issues the next one in the same family; presenting a spent token again revokes
/// the whole family (someone holds a stolen copy).
/// </summary>
public sealed class Sessions(TokenIssuer tokens, PiiProtector pii, IConfiguration config)
{
    public const string KindMember = "member";
    public const string KindStaff = "staff";

    public TimeSpan RefreshLifetime { get; } = TimeSpan.FromDays(config.GetValue("Jwt:RefreshTokenDays", 30));

    internal sealed record MemberRow(long Id, byte[]? PhoneEnc, DateTime? VerifiedAt);

    internal const string SelectMember = "SELECT id, phone_enc AS PhoneEnc, verified_at AS VerifiedAt FROM member WHERE id = @Id";

    private const string InsertRefresh = """
        INSERT INTO refresh_token (token_hash, family_id, subject_kind, subject_id, created_at, expires_at)
        VALUES (@Hash, @Family, @Kind, @Subject, @Now, @Expires)
        """;

    public static byte[] HashRefreshToken(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static byte[] NewFamily() => RandomNumberGenerator.GetBytes(16);

    /// <summary>Stores a new refresh token of <paramref name="family"/> and returns it (the only time it exists in clear).</summary>
    public async Task<string> NewRefreshTokenAsync(MySqlConnection conn, MySqlTransaction? tx, string kind, long subject, byte[] family,
        DateTimeOffset now, CancellationToken ct)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await conn.ExecuteAsync(new CommandDefinition(InsertRefresh, new
        {
            Hash = HashRefreshToken(token),
            Family = family,
            Kind = kind,
            Subject = subject,
            Now = now.UtcDateTime,
            Expires = (now + RefreshLifetime).UtcDateTime,
        }, tx, cancellationToken: ct));
        return token;
    }

    internal async Task<TokensResponse> ForMemberAsync(MySqlConnection conn, MySqlTransaction? tx, MemberRow member, byte[]? family,
        DateTimeOffset now, CancellationToken ct)
    {
        var access = tokens.Issue(KindMember, member.Id, [Roles.Member], now);
        var refresh = await NewRefreshTokenAsync(conn, tx, KindMember, member.Id, family ?? NewFamily(), now, ct);
        var phone = pii.DecryptOrNull(member.PhoneEnc);
        return new TokensResponse(access, refresh, tokens.AccessTokenSeconds,
            new MemberSummary(member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), phone is null ? null : Mask.Phone(phone),
                member.VerifiedAt is not null),
            [Roles.Member]);
    }

    internal async Task<TokensResponse> ForMemberAsync(MySqlConnection conn, MySqlTransaction? tx, long memberId, DateTimeOffset now,
        CancellationToken ct)
    {
        var member = await conn.QuerySingleAsync<MemberRow>(new CommandDefinition(SelectMember, new { Id = memberId }, tx, cancellationToken: ct));
        return await ForMemberAsync(conn, tx, member, null, now, ct);
    }

    internal async Task<TokensResponse> ForStaffAsync(MySqlConnection conn, MySqlTransaction? tx, StaffLogin.StaffRow user, byte[]? family,
        DateTimeOffset now, CancellationToken ct)
    {
        var access = StaffLogin.IssueAccessToken(tokens, user, now);
        var refresh = await NewRefreshTokenAsync(conn, tx, KindStaff, user.Id, family ?? NewFamily(), now, ct);
        return new TokensResponse(access, refresh, tokens.AccessTokenSeconds, null, [user.Role], user.MustChangePassword);
    }

    /// <summary>Revokes every live token of a family (logout, reuse of a spent token, subject gone).</summary>
    public static Task<int> RevokeFamilyAsync(MySqlConnection conn, MySqlTransaction? tx, byte[] family, DateTimeOffset now, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(
            "UPDATE refresh_token SET revoked_at = @Now WHERE family_id = @Family AND revoked_at IS NULL",
            new { Family = family, Now = now.UtcDateTime }, tx, cancellationToken: ct));
}
