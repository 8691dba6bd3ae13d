using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.MerchantStatements;

namespace UnionHub.Api.Features.Merchants;

public static class MarkMerchantStatementPaid
{
    private const string Update = """
        UPDATE merchant_statement SET status = 'paid', paid_by = @StaffId, paid_at = @Now, paid_reference = @Reference
        WHERE merchant_id = @MerchantId AND month = @Month AND status = 'closed'
        """;

    public static async Task<Results<Ok<Statement>, ProblemHttpResult>> Handle(string merchantId, string month, PaidRequest request,
        HttpContext http, Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var id = Ids.Parse(merchantId);
        var first = ParseMonth(month);
        var v = new Validator()
            .Check(first is not null, "month", "must be a month yyyy-MM between 2000 and 2100")
            .Required(request.Reference, "reference", 100);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var reference = request.Reference!.Trim();
        var m = first!.Value;
        return await transactions.RunAsync<Results<Ok<Statement>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var row = id is null ? null : (await LoadAsync(conn, tx, m, id, ct)).SingleOrDefault();
            if (row is null)
            {
                return Problems.NotFound("merchant");
            }

            var changed = await conn.ExecuteAsync(new CommandDefinition(Update, new
            {
                row.MerchantId, Month = Text(m), StaffId = http.User.StaffId(), Now = clock.GetUtcNow().UtcDateTime, Reference = reference,
            }, tx, cancellationToken: ct));
            if (changed == 0)
            {
                var status = await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
                    "SELECT status FROM merchant_statement WHERE merchant_id = @MerchantId AND month = @Month FOR UPDATE",
                    new { row.MerchantId, Month = Text(m) }, tx, cancellationToken: ct));
                return status == "paid"
                    ? Problems.Create(409, MerchantProblems.StatementAlreadyPaid, "This merchant's statement for the month is already marked paid.")
                    : Problems.Create(409, MerchantProblems.StatementNotClosed, "Close the month's statement before marking it paid.");
            }

            await Audit.WriteAsync(conn, tx, http, "merchant_statement.paid", "merchant", ManageMerchants.Inv(row.MerchantId),
                new { month = Text(m), reference, totalFen = row.FrozenFen }, ct);
            return TypedResults.Ok((await LoadAsync(conn, tx, m, id, ct)).Single().View(Text(m)));
        }, ct);
    }
}
