using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Enterprises.Contacts;

namespace UnionHub.Api.Features.Enterprises;

public static class ListEnterpriseContacts
{
    private const string SelectPage = Columns + """
         WHERE enterprise_id = @EnterpriseId AND role = 'enterprise_contact' AND id < @After ORDER BY id DESC LIMIT @Take
        """;

    public static async Task<Results<Ok<Page<ContactResponse>>, ProblemHttpResult>> Handle(
        string enterpriseId, HttpContext http, MySqlDataSource db, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        if (Ids.Parse(enterpriseId) is not { } id || await EnterpriseRows.FindVisibleAsync(conn, null, scope, id, ct) is null)
        {
            return Problems.NotFound("enterprise");
        }

        var rows = (await conn.QueryAsync<Row>(new CommandDefinition(SelectPage,
            new { EnterpriseId = id, After = paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<ContactResponse>(page.Items.Select(ToResponse).ToList(), page.NextCursor));
    }
}
