using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.Disburse;

namespace UnionHub.Api.Features.Funds;

public static class ProposeDisbursement
{
    private sealed class AppRow
    {
        public long FundId { get; set; }
        public string Status { get; set; } = "";
        public long? GrantedFen { get; set; }
        public long CommittedFen { get; set; }
    }

    private const string Commit = """
        UPDATE fund_application SET committed_fen = committed_fen + @Amount, updated_at = @Now
        WHERE id = @Id AND status = 'approved' AND committed_fen + @Amount <= granted_fen
        """;

    public static async Task<Results<Created<Disbursement>, ProblemHttpResult>> Handle(
        string id, ProposeRequest request, HttpContext http, Transactions transactions, IdempotencyScope idem, TimeProvider clock, CancellationToken ct)
    {
        if (Ids.Parse(id) is not { } appId)
        {
            return Problems.NotFound("application");
        }

        var v = new Validator()
            .Check(request.AmountFen is > 0, "amountFen", "must be a positive number of fen")
            .Required(request.Reference, "reference", 100);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var staffId = http.User.StaffId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        return await transactions.RunAsync<Results<Created<Disbursement>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var fundId = await conn.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT fund_id FROM fund_application WHERE id = @Id",
                new { Id = appId }, tx, cancellationToken: ct));
            var kind = fundId is null ? null : await FundRules.UsableKindAsync(conn, tx, await Scope.OfAsync(conn, tx, http.User, ct), fundId.Value, ct);
            if (kind is null)
            {
                return await idem.RefuseAsync(Problems.NotFound("application"), ct);
            }

            // a grant left on a fund that pays mutual-aid claims only (made before the rule, or by hand) is not paid from it
            if (!FundRules.TakesReliefCases(kind))
            {
                return await idem.RefuseAsync(FundRules.MutualAidOnly(), ct);
            }

            var changed = await conn.ExecuteAsync(new CommandDefinition(Commit,
                new { Id = appId, Amount = request.AmountFen, Now = now }, tx, cancellationToken: ct));
            var app = await conn.QuerySingleOrDefaultAsync<AppRow>(new CommandDefinition("""
                SELECT fund_id AS FundId, status, granted_fen AS GrantedFen, committed_fen AS CommittedFen FROM fund_application WHERE id = @Id
                FOR UPDATE
                """, new { Id = appId }, tx, cancellationToken: ct));
            if (changed != 1)
            {
                return await idem.RefuseAsync(app switch
                {
                    null => Problems.NotFound("application"),
                    { Status: not FundRules.Approved } => Problems.Create(409, FundProblems.ApplicationNotApproved,
                        "Only an approved application can be paid.", $"The application is {app.Status}."),
                    _ => Problems.Create(409, FundProblems.DisbursementOverGrant, "Proposed and paid amounts together may not exceed the grant.",
                        $"Granted {app.GrantedFen} fen, already proposed or paid {app.CommittedFen} fen.",
                        new Dictionary<string, object?> { ["availableFen"] = (app.GrantedFen ?? 0) - app.CommittedFen }),
                }, ct);
            }

            var disbursementId = await InsertProposalAsync(conn, tx, http, app!.FundId, appId, null, request.AmountFen!.Value,
                request.Reference!.Trim(), staffId, now, ct);
            var view = (await LoadAsync(conn, tx, disbursementId, ct))!;
            await idem.CompleteAsync(conn, tx, 201, view, ct);
            return TypedResults.Created($"/api/v1/admin/disbursements/{view.Id}", view);
        }, ct);
    }
}
