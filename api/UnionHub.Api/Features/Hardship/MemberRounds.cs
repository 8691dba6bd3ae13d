namespace UnionHub.Api.Features.Hardship;

/// <summary>What a member sees: the rounds of their organisations (with packages and their own choice) and their declarations.</summary>
public static class MemberRounds
{
    /// <param name="TakesDeclarations">Whether the round takes declarations at all: false when its fund pays mutual-aid claims only (a
    /// declaration is refused with 422 <c>fund.mutual_aid_only</c>); such a round is listed only for its package survey or the caller's
    /// declaration in it.</param>
    public sealed record MemberRound(string Id, string Title, string Kind, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, string SurveyStatus,
        IReadOnlyList<Rounds.Tier> Tiers, IReadOnlyList<Rounds.Package> Packages, string? MyPackageId, bool TakesDeclarations);
}
