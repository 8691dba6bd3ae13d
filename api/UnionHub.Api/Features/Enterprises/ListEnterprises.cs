using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Enterprises;

/// <summary>GET /admin/enterprises?orgId=: enterprises in the subtree of orgId (default: the caller's whole scope), newest first.</summary>
public static class ListEnterprises
{
    private sealed record Row(long Id, long OrgId, string Name, string CreditCode, DateTime CreatedAt);

    private static readonly string Select = $"""
        SELECT e.id, e.org_id AS OrgId, e.name, e.credit_code AS CreditCode, e.created_at AS CreatedAt
        FROM enterprise e JOIN org o ON o.id = e.org_id
        WHERE e.id < @After AND {Scope.Sql("o.path")}
        ORDER BY e.id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<CreateEnterprise.EnterpriseResponse>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, CancellationToken ct, string? orgId = null, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var org = Ids.Parse(orgId);
        if (orgId is not null && org is null)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["orgId"] = ["is not a valid id"] });
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Orgs.ScopeAsync(conn, null, http.User, org, ct);
        if (scope.Path is null)
        {
            return org is null ? TypedResults.Ok(new Page<CreateEnterprise.EnterpriseResponse>([], null)) : Problems.NotFound("organisation");
        }

        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select,
            new { After = paging.After, ScopePath = scope.Path, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<CreateEnterprise.EnterpriseResponse>(
            page.Items.Select(r => new CreateEnterprise.EnterpriseResponse(r.Id.Text(), r.OrgId.Text(), r.Name, r.CreditCode, r.CreatedAt.ToChina())).ToList(),
            page.NextCursor));
    }
}
