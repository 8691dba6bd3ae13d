using System.Data.Common;
using System.Text.Json;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Hardship;

/// <summary>
/// Declaration rounds: an org admin opens a round for their org (or one below) for a period, paid from a relief fund,
/// with each tier's standard amount and cap, the public-notice length in working days, and the packages of its needs survey.
/// </summary>
public static class Rounds
{
    public sealed record TierAmount(string? Tier, long? StandardFen, long? CapFen);

    public sealed record PackageInput(string? Name, IReadOnlyList<string>? Items);

    public sealed record CreateRequest(string? OrgId, string? Title, string? Kind, string? FundId, DateTimeOffset? OpensAt,
        DateTimeOffset? ClosesAt, int? NoticeWorkingDays, IReadOnlyList<TierAmount>? Tiers, IReadOnlyList<PackageInput>? Packages);

    public sealed record Tier(string Name, long StandardFen, long CapFen);

    public sealed record Package(string Id, string Name, IReadOnlyList<string> Items);

    public sealed record Round(string Id, string OrgId, string Title, string Kind, string FundId, DateTimeOffset OpensAt,
        DateTimeOffset ClosesAt, int NoticeWorkingDays, string SurveyStatus, IReadOnlyList<Tier> Tiers, IReadOnlyList<Package> Packages);

    internal sealed class Row : IOrgOwned
    {
        public long Id { get; set; }
        public long OrgId { get; set; }
        public string OrgPath { get; set; } = "";
        public string Title { get; set; } = "";
        public string Kind { get; set; } = "";
        public long FundId { get; set; }
        public DateTime OpensAt { get; set; }
        public DateTime ClosesAt { get; set; }
        public int NoticeWorkingDays { get; set; }
        public string SurveyStatus { get; set; } = "";
    }

    internal const string Select = """
        SELECT id, org_id AS OrgId, org_path AS OrgPath, title, kind, fund_id AS FundId, opens_at AS OpensAt, closes_at AS ClosesAt,
               notice_working_days AS NoticeWorkingDays, survey_status AS SurveyStatus
        FROM hardship_round
        """;

    /// <summary>A round in a list: what the queue needs to pick one (tiers and packages come with GET /rounds/{id}).</summary>
    public sealed record RoundSummary(string Id, string OrgId, string Title, string Kind, string FundId, DateTimeOffset OpensAt,
        DateTimeOffset ClosesAt, int NoticeWorkingDays, string SurveyStatus);

    /// <summary>The round when the caller's subtree holds its org; null otherwise (404).</summary>
    internal static Task<Row?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct) =>
        scope.FindAsync<Row>(conn, tx, Select + " WHERE id = @Id", id, ct);

    private sealed record TierRow(string Tier, long StandardFen, long CapFen);

    internal sealed record PackageRow(long Id, string Name, string Items);

    internal static Package ToPackage(PackageRow p) => new(p.Id.Text(), p.Name, JsonSerializer.Deserialize<List<string>>(p.Items) ?? []);

    internal static async Task<Round?> LoadAsync(DbConnection conn, DbTransaction? tx, long id, CancellationToken ct)
    {
        var r = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select + " WHERE id = @id", new { id }, tx, cancellationToken: ct));
        if (r is null)
        {
            return null;
        }

        var tiers = await conn.QueryAsync<TierRow>(new CommandDefinition(
            "SELECT tier, standard_fen AS StandardFen, cap_fen AS CapFen FROM hardship_round_tier WHERE round_id = @id ORDER BY tier",
            new { id }, tx, cancellationToken: ct));
        var packages = await conn.QueryAsync<PackageRow>(new CommandDefinition(
            "SELECT id, name, items FROM hardship_package WHERE round_id = @id ORDER BY id", new { id }, tx, cancellationToken: ct));
        return new Round(r.Id.Text(), r.OrgId.Text(), r.Title, r.Kind, r.FundId.Text(), r.OpensAt.ToChina(), r.ClosesAt.ToChina(),
            r.NoticeWorkingDays, r.SurveyStatus, tiers.Select(t => new Tier(t.Tier, t.StandardFen, t.CapFen)).ToList(),
            packages.Select(ToPackage).ToList());
    }
}
