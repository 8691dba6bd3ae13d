using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Bargaining.Coverage;

namespace UnionHub.Api.Features.Bargaining;

public static class GetBargainingCoverage
{
    private sealed class Row
    {
        public long? OrgId { get; set; }
        public string Name { get; set; } = "";
        public long Enterprises { get; set; }
        public long Unionised { get; set; }
        public long Signed { get; set; }
        public long WithCongress { get; set; }

        public Figures View() => new(OrgId?.Text(), Name, Enterprises, Unionised, Signed, WithCongress, Share(Signed), Share(WithCongress));

        private double? Share(long part) => Unionised == 0 ? null : Math.Round((double)part / Unionised, 4);
    }

    private const string Sums = """
        COUNT(e.id) AS Enterprises,
        CAST(COALESCE(SUM(e.is_unionised = 1), 0) AS SIGNED) AS Unionised,
        CAST(COALESCE(SUM(e.is_unionised = 1 AND e.bargaining_step >= 6), 0) AS SIGNED) AS Signed,
        CAST(COALESCE(SUM(e.is_unionised = 1 AND e.has_workers_congress = 1), 0) AS SIGNED) AS WithCongress
        """;

    private static readonly string TotalSql = "SELECT " + Sums + $"""
         FROM enterprise e JOIN org o ON o.id = e.org_id WHERE {Scope.Sql("o.path")}
        """;

    private const string ChildrenSql = "SELECT c.id AS OrgId, c.name, " + Sums + """
         FROM org c
        LEFT JOIN org d ON d.path LIKE CONCAT(c.path, '%')
        LEFT JOIN enterprise e ON e.org_id = d.id
        WHERE (@ParentId IS NULL AND c.parent_id IS NULL) OR c.parent_id = @ParentId
        GROUP BY c.id, c.name
        ORDER BY c.id
        """;

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, CancellationToken ct, string? orgId = null)
    {
        var requested = Ids.Parse(orgId);
        if (orgId is not null && requested is null)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["orgId"] = ["is not a valid id"] });
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        Orgs.OrgRow? org = null;
        if (requested is not null)
        {
            org = await Orgs.FindVisibleAsync(conn, null, scope, requested, ct);
            if (org is null)
            {
                return Problems.NotFound("organisation");
            }
        }
        else if (!scope.SeesEverything)
        {
            org = await Orgs.FindVisibleAsync(conn, null, scope, http.User.OrgId(), ct);
            if (org is null)
            {
                return Problems.NotFound("organisation");
            }
        }

        var total = await conn.QuerySingleAsync<Row>(new CommandDefinition(TotalSql, new { ScopePath = org?.Path ?? scope.Path }, cancellationToken: ct));
        total.OrgId = org?.Id;
        total.Name = org?.Name ?? "全部";
        var children = await conn.QueryAsync<Row>(new CommandDefinition(ChildrenSql, new { ParentId = org?.Id }, cancellationToken: ct));
        return TypedResults.Ok(new Response(total.View(), children.Select(c => c.View()).ToList()));
    }
}
