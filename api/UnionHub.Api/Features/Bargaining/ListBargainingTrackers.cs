using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Bargaining.ListTrackers;

namespace UnionHub.Api.Features.Bargaining;

public static class ListBargainingTrackers
{
    private sealed class Row
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public long OrgId { get; set; }
        public bool IsUnionised { get; set; }
        public bool HasWorkersCongress { get; set; }
        public int BargainingStep { get; set; }
        public DateTime? BargainingStepOn { get; set; }
    }

    private static readonly string Select = $"""
        SELECT e.id, e.name, e.org_id AS OrgId, e.is_unionised AS IsUnionised, e.has_workers_congress AS HasWorkersCongress,
               e.bargaining_step AS BargainingStep, e.bargaining_step_on AS BargainingStepOn
        FROM enterprise e JOIN org o ON o.id = e.org_id
        WHERE e.id < @After AND {Scope.Sql("o.path")} AND (@Unionised IS NULL OR e.is_unionised = @Unionised)
        ORDER BY e.id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<Item>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, CancellationToken ct, string? orgId = null, bool? unionised = null, int? limit = null,
        string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var requested = Ids.Parse(orgId);
        if (orgId is not null && requested is null)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["orgId"] = ["is not a valid id"] });
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Orgs.ScopeAsync(conn, null, http.User, requested, ct);
        if (scope.Path is null)
        {
            return Problems.NotFound("organisation");
        }

        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select,
            new { After = paging.After, ScopePath = scope.Path, Unionised = unionised, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, x => x.Id);
        return TypedResults.Ok(new Page<Item>(page.Items.Select(x => new Item(x.Id.Text(), x.Name, x.OrgId.Text(), x.IsUnionised,
            x.HasWorkersCongress, x.BargainingStep, BargainingRules.Steps.FirstOrDefault(s => s.Number == x.BargainingStep + 1)?.Key,
            x.BargainingStepOn is { } on ? DateOnly.FromDateTime(on) : null, x.BargainingStep >= BargainingRules.SignedStep)).ToList(),
            page.NextCursor));
    }
}
