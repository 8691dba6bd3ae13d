using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Enterprises;

/// <summary>POST /admin/enterprises: registers an enterprise (by its unified social credit code) under an org in the caller's scope.</summary>
public static class CreateEnterprise
{
    public sealed record Request(string? Name, string? CreditCode, string? OrgId);

    public sealed record EnterpriseResponse(string Id, string OrgId, string Name, string CreditCode, DateTimeOffset CreatedAt);

    private const string Insert = """
        INSERT INTO enterprise (org_id, name, credit_code, created_at) VALUES (@OrgId, @Name, @CreditCode, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<EnterpriseResponse>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var orgId = Ids.Parse(request.OrgId);
        var v = new Validator()
            .Required(request.Name, "name", 200)
            .Check(orgId is not null, "orgId", "is required and must be a valid id");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        if (CreditCode.Normalise(request.CreditCode) is not { } creditCode)
        {
            return Problems.Validation(
                new Dictionary<string, string[]> { ["creditCode"] = ["must be an 18-character unified social credit code with a valid GB 32100 check character"] },
                code: EnterpriseProblems.EnterpriseInvalidCreditCode, title: "The unified social credit code is not valid.");
        }

        var name = request.Name!.Trim();
        var now = clock.GetUtcNow();
        return await transactions.RunAsync<Results<Created<EnterpriseResponse>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            if (await Orgs.FindVisibleAsync(conn, tx, scope, orgId, ct) is null)
            {
                return Problems.NotFound("organisation");
            }

            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert,
                    new { OrgId = orgId, Name = name, CreditCode = creditCode, Now = now.UtcDateTime }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return Problems.Create(409, EnterpriseProblems.EnterpriseDuplicate, "An enterprise with this credit code is already registered.");
            }

            await Audit.WriteAsync(conn, tx, http, "enterprise.create", "enterprise", id.Text(), new { name, creditCode, orgId }, ct);
            var answer = new EnterpriseResponse(id.Text(), orgId!.Value.Text(), name, creditCode, now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, answer, ct);
            return TypedResults.Created($"/api/v1/admin/enterprises/{id.Text()}", answer);
        }, ct);
    }
}
