using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// GET /membership/orgs?q=: the grassroots organisations (none below them) a worker may apply to join, each with its area (the
/// organisations above it). <c>q</c> matches the organisation's name or the name of one above it, so "东城区" lists every
/// grassroots organisation of that district. Names and areas only.
/// </summary>
public static class ListJoinableOrgs
{
    public sealed record JoinableOrg(string Id, string Name, string Area);

    private const string Select = """
        SELECT o.id, o.name, o.path
        FROM org o
        WHERE o.id < @After
          AND NOT EXISTS (SELECT 1 FROM org c WHERE c.parent_id = o.id)
          AND (@Pattern IS NULL OR EXISTS (SELECT 1 FROM org a WHERE a.name LIKE @Pattern AND o.path LIKE CONCAT(a.path, '%')))
        ORDER BY o.id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<JoinableOrg>>, ProblemHttpResult>> Handle(
        MySqlDataSource db, CancellationToken ct, string? q = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var query = q?.Trim();
        if (query is { Length: > 50 })
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["q"] = ["must be at most 50 characters"] });
        }

        var pattern = string.IsNullOrEmpty(query) ? null
            : "%" + query.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<(long Id, string Name, string Path)>(new CommandDefinition(Select,
            new { After = paging.After, Pattern = pattern, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        var areas = await MembershipRules.AreasAsync(conn, null, page.Items.Select(r => r.Path), ct);
        return TypedResults.Ok(new Page<JoinableOrg>(page.Items.Select(r => new JoinableOrg(r.Id.Text(), r.Name, areas[r.Path])).ToList(),
            page.NextCursor));
    }
}
