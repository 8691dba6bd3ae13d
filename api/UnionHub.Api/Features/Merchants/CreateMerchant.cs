using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.ManageMerchants;

namespace UnionHub.Api.Features.Merchants;

public static class CreateMerchant
{
    public static async Task<Results<Created<Merchant>, ProblemHttpResult>> Handle(
        CreateRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Required(request.Name, "name", 200);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        if (CreditCode.Normalise(request.CreditCode) is not { } code)
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["creditCode"] = ["must be an 18-character unified social credit code with a valid check character"],
            }, code: MerchantProblems.MerchantInvalidCreditCode, title: "The credit code is not valid.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Merchant>, ProblemHttpResult>>(async (conn, tx) =>
        {
            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
                    "INSERT INTO merchant (name, credit_code, created_at) VALUES (@name, @code, @now); SELECT LAST_INSERT_ID();",
                    new { name = request.Name!.Trim(), code, now }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return Problems.Create(409, MerchantProblems.MerchantDuplicate, "A merchant with this credit code exists.");
            }

            await Audit.WriteAsync(conn, tx, http, "merchant.create", "merchant", Inv(id), new { name = request.Name, creditCode = code }, ct);
            var answer = new MerchantRow(id, request.Name.Trim(), code, now).ToDto([]);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, answer, ct);
            return TypedResults.Created($"/api/v1/admin/merchants/{Inv(id)}", answer);
        }, ct);
    }
}
