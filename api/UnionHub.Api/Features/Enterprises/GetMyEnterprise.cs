using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Enterprises.MyEnterprise;

namespace UnionHub.Api.Features.Enterprises;

public static class GetMyEnterprise
{
    public static async Task<Results<Ok<EnterpriseResponse>, ProblemHttpResult>> Handle(HttpContext http, MySqlDataSource db, CancellationToken ct)
    {
        var id = http.User.EnterpriseId()!.Value;
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await EnterpriseRows.LoadAsync(conn, null, id, ct);
        if (row is null)
        {
            return Problems.NotFound("enterprise");
        }

        var count = await conn.ExecuteScalarAsync<int>(new CommandDefinition(CountVerified, new { id }, cancellationToken: ct));
        return TypedResults.Ok(new EnterpriseResponse(row.Id.Text(), row.Name, row.CreditCode, row.OrgId.Text(), row.OrgName, count));
    }
}
