namespace UnionHub.Api.Features.Hardship;

/// <summary>What a member sees: the rounds of their organisations (with packages and their own choice) and their declarations.</summary>
public static class MemberRounds
{
    public sealed record MemberRound(string Id, string Title, string Kind, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, string SurveyStatus,
        IReadOnlyList<Rounds.Tier> Tiers, IReadOnlyList<Rounds.Package> Packages, string? MyPackageId);
}
