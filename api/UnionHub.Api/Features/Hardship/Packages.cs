using System.Text.Json;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// Needs surveys: a round's packages (A set, B set ...). Each member on the register in the round's subtree picks one
/// (primary key (round_id, member_id): one choice per member per round, changeable until the round closes). A choice
/// takes the round row's lock, so closing the survey (a conditional UPDATE of the same row) sees every choice made
/// before it and none after. Closing turns each package into a <c>goods</c> perk that nobody can claim (its claim
/// window is already over, stock = claimed = choices) and each choice into that perk's voucher in the member's wallet.
/// </summary>
public static class Packages
{
    public sealed record ChooseRequest(string? PackageId);

    public sealed record Choice(string RoundId, string PackageId, DateTimeOffset ChosenAt);

    public sealed record PackageTotal(string PackageId, string Name, IReadOnlyList<string> Items, int Choices, string? PerkId);

    public sealed record Totals(string RoundId, string SurveyStatus, int TotalChoices, IReadOnlyList<PackageTotal> Packages, int? VouchersIssued = null);

    public sealed record CloseRequest(int? VoucherValidDays);

    private sealed record TotalRow(long Id, string Name, string Items, long Choices, long? PerkId);

    internal static async Task<Totals> LoadTotalsAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx, long roundId,
        int? vouchersIssued, CancellationToken ct)
    {
        var status = await conn.ExecuteScalarAsync<string>(new CommandDefinition("SELECT survey_status FROM hardship_round WHERE id = @roundId",
            new { roundId }, tx, cancellationToken: ct));
        var rows = (await conn.QueryAsync<TotalRow>(new CommandDefinition("""
            SELECT p.id, p.name, p.items, (SELECT COUNT(*) FROM hardship_package_choice c WHERE c.package_id = p.id) AS Choices, p.perk_id AS PerkId
            FROM hardship_package p WHERE p.round_id = @roundId ORDER BY p.id
            """, new { roundId }, tx, cancellationToken: ct))).ToList();
        return new Totals(roundId.Text(), status ?? "", (int)rows.Sum(r => r.Choices), rows.Select(r => new PackageTotal(r.Id.Text(), r.Name,
            JsonSerializer.Deserialize<List<string>>(r.Items) ?? [], (int)r.Choices, r.PerkId is { } p ? p.Text() : null)).ToList(), vouchersIssued);
    }
}
