using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Distributions.ConfirmReceipt;

namespace UnionHub.Api.Features.Distributions;

public static class ConfirmAllocationReceipt
{
    private const string AddReceived = """
        UPDATE distribution_allocation SET received = received + @Quantity, updated_at = @Now
        WHERE id = @Id AND enterprise_id = @EnterpriseId AND received + @Quantity <= allocated
        """;

    private const string InsertReceipt = """
        INSERT INTO distribution_receipt (allocation_id, quantity, note, received_by, received_at)
        VALUES (@Id, @Quantity, @Note, @By, @Now);
        SELECT LAST_INSERT_ID();
        """;

    /// <remarks>
    /// Idempotent: a client retrying after a lost answer sends the same Idempotency-Key and gets the first answer again,
    /// so goods are never counted twice; the key's answer is stored in the transaction that counts them.
    /// </remarks>
    public static async Task<Results<Created<MyAllocations.AllocationDetail>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.Quantity is >= 1 and <= Allocate.MaxQuantity, "quantity", $"must be between 1 and {Allocate.MaxQuantity}")
            .Check(request.Note is null || request.Note.Length <= 1000, "note", "must be at most 1000 characters");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<MyAllocations.AllocationDetail>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var args = new { Id = Ids.Parse(id), EnterpriseId = http.User.EnterpriseId(), request.Quantity, Note = request.Note?.Trim(), By = http.User.StaffId(), Now = now };
            if (args.Id is null || await conn.ExecuteAsync(new CommandDefinition(AddReceived, args, tx, cancellationToken: ct)) == 0)
            {
                var row = await MyAllocations.FindOwnAsync(conn, tx, http, id, ct);
                return await idem.RefuseAsync(row is null
                    ? Problems.NotFound("allocation")
                    : Problems.Create(409, DistributionProblems.DistributionReceiptExceedsAllocation, "More would be received than was allocated.",
                        $"Allocated {row.Allocated}, received so far {row.Received}.",
                        new Dictionary<string, object?> { ["allocated"] = row.Allocated, ["received"] = row.Received }), ct);
            }

            var receiptId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(InsertReceipt, args, tx, cancellationToken: ct));
            await Audit.WriteAsync(conn, tx, http, "distribution.receipt", "distribution_allocation", id,
                new { receiptId, request.Quantity, note = request.Note is not null }, ct);
            var updated = await MyAllocations.FindOwnAsync(conn, tx, http, id, ct);
            var detail = await MyAllocations.DetailAsync(conn, tx, updated!, ct);
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, detail, ct);
            return TypedResults.Created($"/api/v1/enterprise/allocations/{id}", detail);
        }, ct);
    }
}
