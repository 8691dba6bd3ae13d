using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Merchants.MerchantStatements;

namespace UnionHub.Api.Features.Merchants;

public static class CloseMerchantStatement
{
    private const string Insert = """
        INSERT INTO merchant_statement (merchant_id, month, redeemed_count, total_fen, status, closed_by, closed_at)
        VALUES (@MerchantId, @Month, @Count, @TotalFen, 'closed', @StaffId, @Now)
        """;

    public static async Task<Results<Ok<Statement>, ProblemHttpResult>> Handle(string merchantId, string month, HttpContext http,
        Transactions transactions, TimeProvider clock, CancellationToken ct)
    {
        var id = Ids.Parse(merchantId);
        if (ParseMonth(month) is not { } first)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["month"] = ["must be a month yyyy-MM between 2000 and 2100"] });
        }

        var now = clock.GetUtcNow();
        if (!Closable(first, now))
        {
            return Problems.Create(409, MerchantProblems.StatementMonthNotEnded,
                "The month has not ended yet (or its last redemptions can still be voided for 30 minutes); close it afterwards.");
        }

        return await transactions.RunAsync<Results<Ok<Statement>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var row = id is null ? null : (await LoadAsync(conn, tx, first, id, ct)).SingleOrDefault();
            if (row is null)
            {
                return Problems.NotFound("merchant");
            }

            if (row.StatementId is not null)
            {
                return Problems.Create(409, MerchantProblems.StatementAlreadyClosed, "This merchant's statement for the month is already closed.");
            }

            try
            {
                await conn.ExecuteAsync(new CommandDefinition(Insert, new
                {
                    row.MerchantId, Month = Text(first), Count = (int)row.LiveCount, TotalFen = row.LiveFen, StaffId = http.User.StaffId(),
                    Now = now.UtcDateTime,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return Problems.Create(409, MerchantProblems.StatementAlreadyClosed, "This merchant's statement for the month is already closed.");
            }

            await Audit.WriteAsync(conn, tx, http, "merchant_statement.close", "merchant", ManageMerchants.Inv(row.MerchantId),
                new { month = Text(first), count = row.LiveCount, totalFen = row.LiveFen }, ct);
            return TypedResults.Ok((await LoadAsync(conn, tx, first, id, ct)).Single().View(Text(first)));
        }, ct);
    }
}
