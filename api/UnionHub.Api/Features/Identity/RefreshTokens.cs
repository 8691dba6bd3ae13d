using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Identity.RefreshSession;

namespace UnionHub.Api.Features.Identity;

public static class RefreshTokens
{
    private sealed record TokenRow(long Id, byte[] FamilyId, string SubjectKind, long SubjectId, DateTime? SpentAt);

    private const string Select = """
        SELECT id, family_id AS FamilyId, subject_kind AS SubjectKind, subject_id AS SubjectId, spent_at AS SpentAt
        FROM refresh_token WHERE token_hash = @Hash
        """;

    private const string Spend = """
        UPDATE refresh_token SET spent_at = @Now
        WHERE id = @Id AND spent_at IS NULL AND revoked_at IS NULL AND expires_at > @Now
        """;

    public static async Task<Results<Ok<TokensResponse>, ProblemHttpResult>> Handle(
        Request request, Transactions transactions, Sessions sessions, TimeProvider clock, ILogger<Sessions> logger, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.RefreshToken) || request.RefreshToken.Length > 100)
        {
            return Invalid();
        }

        var now = clock.GetUtcNow();
        // A refusal here may still write (a spent token presented again revokes its family): the unit answers the tokens
        // or null, and commits either way.
        var issued = await transactions.RunAsync<TokensResponse?>(async (conn, tx) =>
        {
            var token = await conn.QuerySingleOrDefaultAsync<TokenRow>(new CommandDefinition(Select,
                new { Hash = Sessions.HashRefreshToken(request.RefreshToken) }, transaction: tx, cancellationToken: ct));
            if (token is null)
            {
                return null;
            }

            var spent = await conn.ExecuteAsync(new CommandDefinition(Spend, new { token.Id, Now = now.UtcDateTime }, tx, cancellationToken: ct));
            if (spent == 0)
            {
                // A locking re-read sees the latest commit (a plain one would see this transaction's snapshot, taken at the first read).
                var spentAt = await conn.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
                    "SELECT spent_at FROM refresh_token WHERE id = @Id FOR UPDATE", new { token.Id }, tx, cancellationToken: ct));
                if (spentAt is not null)
                {
                    var revoked = await Sessions.RevokeFamilyAsync(conn, tx, token.FamilyId, now, ct);
                    logger.LogWarning("A spent refresh token was presented again; revoked {Count} token(s) of the family of {Kind} {Subject}",
                        revoked, token.SubjectKind, token.SubjectId);
                }

                return null;
            }

            TokensResponse? tokens = null;
            if (token.SubjectKind == Sessions.KindMember)
            {
                var member = await conn.QuerySingleOrDefaultAsync<Sessions.MemberRow>(new CommandDefinition(Sessions.SelectMember + " AND deleted_at IS NULL",
                    new { Id = token.SubjectId }, tx, cancellationToken: ct));
                if (member is not null)
                {
                    tokens = await sessions.ForMemberAsync(conn, tx, member, token.FamilyId, now, ct);
                }
            }
            else if (token.SubjectKind == Sessions.KindStaff)
            {
                var user = await conn.QuerySingleOrDefaultAsync<StaffLogin.StaffRow>(new CommandDefinition(
                    StaffLogin.SelectColumns + " WHERE id = @Id", new { Id = token.SubjectId }, tx, cancellationToken: ct));
                if (user is not null && !user.Disabled && !(user.LockedUntil is { } until && until > now.UtcDateTime))
                {
                    tokens = await sessions.ForStaffAsync(conn, tx, user, token.FamilyId, now, ct);
                }
            }

            if (tokens is null)
            {
                await Sessions.RevokeFamilyAsync(conn, tx, token.FamilyId, now, ct);
                return null;
            }

            return tokens;
        }, ct);
        return issued is null ? Invalid() : TypedResults.Ok(issued);
    }

    private static ProblemHttpResult Invalid() =>
        Problems.Create(401, IdentityProblems.AuthInvalidRefresh, "The refresh token is not valid.", "Log in again.");
}
