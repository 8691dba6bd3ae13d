using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.ManageMerchants;

namespace UnionHub.Api.Features.Merchants;

public static class AddMerchantStore
{
    public static async Task<Results<Created<Store>, ProblemHttpResult>> Handle(
        string merchantId, StoreRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator().Required(request.Name, "name", 200)
            .Check(request.Address is null || request.Address.Length <= 500, "address", "must be at most 500 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Store>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var id = Ids.Parse(merchantId);
            // the insert only happens when the merchant exists: no orphan stores, no check-then-act
            var storeId = id is null ? 0 : await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO merchant_store (merchant_id, name, address, created_at)
                SELECT id, @name, @address, @now FROM merchant WHERE id = @id;
                SELECT IF(ROW_COUNT() = 1, LAST_INSERT_ID(), 0);
                """, new { id, name = request.Name!.Trim(), address = request.Address?.Trim(), now }, tx, cancellationToken: ct));
            if (storeId == 0)
            {
                return Problems.NotFound("merchant");
            }

            await Audit.WriteAsync(conn, tx, http, "merchant_store.create", "merchant", Inv(id!.Value), new { storeId, name = request.Name }, ct);
            var answer = new Store(Inv(storeId), request.Name!.Trim(), request.Address?.Trim(), now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, answer, ct);
            return TypedResults.Created($"/api/v1/admin/merchants/{Inv(id.Value)}", answer);
        }, ct);
    }
}
