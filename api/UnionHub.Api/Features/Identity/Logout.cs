using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;

namespace UnionHub.Api.Features.Identity;

/// <summary>POST /auth/logout: revokes the refresh token's whole family. Always 204, also for unknown tokens.</summary>
public static class Logout
{
    public sealed record Request(string? RefreshToken);

    public static async Task<NoContent> Handle(Request request, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.RefreshToken) || request.RefreshToken.Length > 100)
        {
            return TypedResults.NoContent();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var family = await conn.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            "SELECT family_id FROM refresh_token WHERE token_hash = @Hash", new { Hash = Sessions.HashRefreshToken(request.RefreshToken) },
            cancellationToken: ct));
        if (family is not null)
        {
            await Sessions.RevokeFamilyAsync(conn, null, family, clock.GetUtcNow(), ct);
        }

        return TypedResults.NoContent();
    }
}
