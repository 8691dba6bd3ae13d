using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Membership.MembershipRules;

namespace UnionHub.Api.Features.Membership;

/// <summary>
/// GET /admin/membership-applications?status=&amp;orgId=: applications to join organisations in the caller's subtree (narrowed
/// to <c>orgId</c>'s), newest first; personal data masked.
/// </summary>
public static class ListMembershipApplications
{
    private static readonly string Select = SelectColumns + $"""
         WHERE a.id < @After AND {Scope.Sql("o.path")} AND (@Status IS NULL OR a.status = @Status)
        ORDER BY a.id DESC
        LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<Application>>, ProblemHttpResult>> Handle(
        HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct, string? status = null, string? orgId = null,
        int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        var org = Ids.Parse(orgId);
        var v = new Validator()
            .Check(status is null || Statuses.Contains(status), "status", "must be one of: pending, approved, refused, withdrawn")
            .Check(orgId is null || org is not null, "orgId", "is not a valid id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Orgs.ScopeAsync(conn, null, http.User, org, ct);
        if (scope.Path is null)
        {
            return orgId is null ? TypedResults.Ok(new Page<Application>([], null)) : Problems.NotFound("organisation");
        }

        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(Select,
            new { After = paging.After, ScopePath = scope.Path, Status = status, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Application>(await ViewsAsync(conn, null, pii, page.Items, ct), page.NextCursor));
    }
}
