using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
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

    internal sealed class Row
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

    public static async Task<Results<Created<Round>, ProblemHttpResult>> Create(
        CreateRequest request, HttpContext http, MySqlDataSource db, TimeProvider clock, CancellationToken ct)
    {
        var tiers = request.Tiers ?? [];
        var packages = request.Packages ?? [];
        var v = new Validator()
            .Check(OrgScope.ParseId(request.OrgId) is not null, "orgId", "is required")
            .Required(request.Title, "title")
            .Check(request.Kind is "regular" or "special", "kind", "must be regular or special")
            .Check(OrgScope.ParseId(request.FundId) is not null, "fundId", "is required")
            .Check(request.OpensAt is not null, "opensAt", "is required")
            .Check(request.ClosesAt is not null && (request.OpensAt is null || request.ClosesAt > request.OpensAt), "closesAt",
                "is required and must be after opensAt")
            .Check(request.NoticeWorkingDays is null or (>= 1 and <= 30), "noticeWorkingDays", "must be 1 to 30")
            .Check(tiers.Count > 0, "tiers", "at least one tier is required")
            .Check(tiers.All(t => t.Tier is not null && HardshipRules.Tiers.Contains(t.Tier)), "tiers", "each tier must be deep, relative or emergency")
            .Check(tiers.Select(t => t.Tier).Distinct().Count() == tiers.Count, "tiers", "each tier may appear once")
            .Check(tiers.All(t => t.StandardFen is > 0 && t.CapFen >= t.StandardFen), "tiers", "standardFen must be positive and capFen at least standardFen")
            .Check(packages.Count <= 10, "packages", "at most 10 packages")
            .Check(packages.All(p => !string.IsNullOrWhiteSpace(p.Name) && p.Name.Length <= 100), "packages", "each package needs a name of at most 100 characters")
            .Check(packages.Select(p => p.Name?.Trim()).Distinct().Count() == packages.Count, "packages", "package names must differ")
            .Check(packages.All(p => p.Items is { Count: > 0 and <= 30 } items && items.All(i => !string.IsNullOrWhiteSpace(i) && i.Length <= 100)),
                "packages", "each package lists 1 to 30 items of at most 100 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var orgId = OrgScope.ParseId(request.OrgId)!.Value;
        var fundId = OrgScope.ParseId(request.FundId)!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var org = await OrgScope.FindVisibleAsync(conn, tx, http.User, orgId, ct);
        if (org is null)
        {
            return Problems.NotFound("organisation");
        }

        if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM fund WHERE id = @fundId)", new { fundId }, tx,
                cancellationToken: ct)))
        {
            return Problems.NotFound("fund");
        }

        var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO hardship_round (org_id, org_path, title, kind, fund_id, opens_at, closes_at, notice_working_days, created_by, created_at)
            VALUES (@OrgId, @OrgPath, @Title, @Kind, @FundId, @OpensAt, @ClosesAt, @Days, @StaffId, @Now);
            SELECT LAST_INSERT_ID();
            """, new
        {
            OrgId = orgId, OrgPath = org.Path, Title = request.Title!.Trim(), request.Kind, FundId = fundId,
            OpensAt = request.OpensAt!.Value.UtcDateTime, ClosesAt = request.ClosesAt!.Value.UtcDateTime,
            Days = request.NoticeWorkingDays ?? HardshipRules.DefaultNoticeWorkingDays, StaffId = http.User.StaffId()!.Value, Now = now,
        }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO hardship_round_tier (round_id, tier, standard_fen, cap_fen) VALUES (@RoundId, @Tier, @StandardFen, @CapFen)
            """, tiers.Select(t => new { RoundId = id, t.Tier, t.StandardFen, t.CapFen }), tx, cancellationToken: ct));
        if (packages.Count > 0)
        {
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO hardship_package (round_id, name, items, created_at) VALUES (@RoundId, @Name, @Items, @Now)
                """, packages.Select(p => new
            {
                RoundId = id, Name = p.Name!.Trim(), Items = JsonSerializer.Serialize(p.Items!.Select(i => i.Trim())), Now = now,
            }), tx, cancellationToken: ct));
        }

        await Audit.WriteAsync(conn, tx, http, "hardship_round.create", "hardship_round", id.Text(),
            new { orgId = orgId.Text(), fundId = fundId.Text(), request.Kind, tiers = tiers.Count, packages = packages.Count }, ct);
        var view = (await LoadAsync(conn, tx, id, ct))!;
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/admin/hardship/rounds/{view.Id}", view);
    }

    /// <summary>A round in a list: what the queue needs to pick one (tiers and packages come with GET /rounds/{id}).</summary>
    public sealed record RoundSummary(string Id, string OrgId, string Title, string Kind, string FundId, DateTimeOffset OpensAt,
        DateTimeOffset ClosesAt, int NoticeWorkingDays, string SurveyStatus);

    /// <summary>GET /admin/hardship/rounds: the rounds of the caller's subtree, newest first.</summary>
    public static async Task<Results<Ok<Page<RoundSummary>>, ProblemHttpResult>> List(
        int? limit, string? cursor, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var root = await OrgScope.RootPathAsync(conn, null, http.User, ct) ?? "/nowhere/";
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select + """
             WHERE org_path LIKE CONCAT(@root, '%') AND id < @after ORDER BY id DESC LIMIT @take
            """, new { root, after, take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<RoundSummary>(page.Items.Select(r => new RoundSummary(r.Id.Text(), r.OrgId.Text(), r.Title, r.Kind,
            r.FundId.Text(), r.OpensAt.ToChina(), r.ClosesAt.ToChina(), r.NoticeWorkingDays, r.SurveyStatus)).ToList(), page.NextCursor));
    }

    public static async Task<Results<Ok<Round>, ProblemHttpResult>> Get(string id, HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await FindVisibleAsync(conn, null, http, id, ct);
        return row is null ? Problems.NotFound("round") : TypedResults.Ok((await LoadAsync(conn, null, row.Id, ct))!);
    }

    /// <summary>The round when the caller's subtree holds its org; null otherwise (404).</summary>
    internal static async Task<Row?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, HttpContext http, string id, CancellationToken ct)
    {
        if (OrgScope.ParseId(id) is not { } roundId)
        {
            return null;
        }

        var root = await OrgScope.RootPathAsync(conn, tx, http.User, ct);
        var row = root is null ? null
            : await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select + " WHERE id = @roundId", new { roundId }, tx, cancellationToken: ct));
        return row is not null && OrgScope.IsInside(row.OrgPath, root!) ? row : null;
    }

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
