using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>GET /admin/fund-applications?fundId=&amp;status=: the review queue for reviewers and super_admins.</summary>
public static class ReviewQueue
{
    public static async Task<Results<Ok<Page<Applications.Application>>, ProblemHttpResult>> Handle(
        MySqlDataSource db, PiiProtector pii, CancellationToken ct, string? fundId = null, string? status = null, int? limit = null,
        string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var fund = FundRules.ParseId(fundId);
        var v = new Validator()
            .Check(fundId is null || fund is not null, "fundId", "is not a valid id")
            .Check(status is null || FundRules.Statuses.Contains(status), "status", $"must be one of: {FundRules.Join(FundRules.Statuses)}");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Applications.Row>(new CommandDefinition(Applications.Select + """
             WHERE a.id < @After AND (@FundId IS NULL OR a.fund_id = @FundId) AND (@Status IS NULL OR a.status = @Status)
            ORDER BY a.id DESC LIMIT @Take
            """, new { After = after, FundId = fund, Status = status, Take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<Applications.Application>(page.Items.Select(r => Applications.ToView(r, pii)).ToList(), page.NextCursor));
    }

    public static async Task<Results<Ok<Applications.Application>, ProblemHttpResult>> Get(
        string id, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        if (FundRules.ParseId(id) is not { } appId)
        {
            return Problems.NotFound("application");
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var view = await Applications.LoadAsync(conn, null, appId, null, pii, ct);
        return view is null ? Problems.NotFound("application") : TypedResults.Ok(view);
    }
}
