using Dapper;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// The public notice (公示): members of the round's subtree see the declarations in notice (names masked) and may lodge
/// objections until the notice ends; an objection is kept with the objecting member's id only. A district reviewer
/// resolves each: upheld rejects the declaration, dismissed lets it continue. Final approval waits for both the end of
/// the notice and zero open objections (<see cref="Approve"/>).
/// </summary>
public static class PublicNotice
{
    public sealed record NoticeEntry(string DeclarationId, string MemberNameMasked, string OrgName, string Tier, long StandardFen,
        DateTimeOffset NoticeEndsAt);

    public sealed record Notice(string RoundId, string Title, IReadOnlyList<NoticeEntry> Items);

    public sealed record ObjectionRequest(string? Reason);

    public sealed record ResolveRequest(string? Outcome, string? Note);

    internal static Task<string?> MemberOrgPathAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx, long memberId,
        CancellationToken ct) =>
        conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT o.path FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @memberId AND m.deleted_at IS NULL", new { memberId }, tx,
            cancellationToken: ct));
}
