namespace UnionHub.Api.Features.Identity;

/// <summary>
/// POST /auth/refresh: spends a refresh token and issues the next one of its family. A token that was already
/// spent means a copy is in someone else's hands: the whole family is revoked, the newest token included.
/// Staff refresh re-reads the staff row, so a disabled or locked account gets no new token.
/// </summary>
public static class RefreshSession
{
    public sealed record Request(string? RefreshToken);
}
