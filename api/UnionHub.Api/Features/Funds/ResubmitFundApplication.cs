using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.MemberTransitions;

namespace UnionHub.Api.Features.Funds;

public static class ResubmitFundApplication
{
    private const string ResubmitSql = """
        UPDATE fund_application SET status = 'submitted', category = @Category, requested_fen = @RequestedFen, reason = NULL, reason_enc = @ReasonEnc,
               contact_phone_enc = @PhoneEnc, submitted_at = @Now, updated_at = @Now
        WHERE id = @Id AND status = 'returned'
        """;

    public static async Task<Results<Ok<Applications.Application>, ProblemHttpResult>> Handle(
        string id, Apply.Request request, HttpContext http, Transactions transactions, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var v = Apply.Validate(request.Category, request.RequestedFen, request.Reason, request.ContactPhone);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await TransitionAsync(id, http, transactions, pii, ct, FundRules.Submitted, async (conn, tx, app) =>
        {
            if (request.FundId is not null && Ids.Parse(request.FundId) != app.FundId)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["fundId"] = ["cannot be changed"] });
            }

            // returned before mutual_aid funds refused relief cases (or its fund's kind changed since): it is not submitted again there
            if (!FundRules.TakesReliefCases(app.FundKind))
            {
                return FundRules.MutualAidOnly();
            }

            return await conn.ExecuteAsync(new CommandDefinition(ResubmitSql, new
            {
                app.Id,
                request.Category,
                request.RequestedFen,
                ReasonEnc = pii.Encrypt(request.Reason!.Trim()),
                PhoneEnc = pii.Encrypt(request.ContactPhone!),
                Now = now,
            }, tx, cancellationToken: ct)) == 1
                ? null
                : Problems.Create(409, FundProblems.ApplicationNotReturned, "Only a returned application can be changed.",
                    $"The application is {app.Status}.");
        }, now, "corrected by the applicant");
    }
}
