using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>GET /admin/orgs: the orgs visible to the caller (super_admin all, org_admin their subtree), newest first.</summary>
public static class ListOrgs
{
    private static readonly string Select = $"""
        SELECT id, parent_id AS ParentId, name, path, depth, created_at AS CreatedAt
        FROM org
        WHERE id < @After AND {Scope.Sql("path")} AND (@ParentId IS NULL OR parent_id = @ParentId)
        ORDER BY id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<CreateOrg.OrgResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, CancellationToken ct, string? parentId = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var parent = Ids.Parse(parentId);
        if (parentId is not null && parent is null)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["parentId"] = ["is not a valid id"] });
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (scope.Path is null)
        {
            return TypedResults.Ok(new Page<CreateOrg.OrgResponse>([], null));
        }

        var rows = (await conn.QueryAsync<Orgs.OrgRow>(new CommandDefinition(Select,
            new { After = paging.After, ScopePath = scope.Path, ParentId = parent, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<CreateOrg.OrgResponse>(
            page.Items.Select(r => new CreateOrg.OrgResponse(r.Id.Text(), r.ParentId?.Text(), r.Name, r.Depth, r.CreatedAt.ToChina())).ToList(),
            page.NextCursor));
    }
}
