using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.Apply;

namespace UnionHub.Api.Features.Funds;

public static class CreateFundApplication
{
    /// <summary>The path of the member's organisation (null when they have none).</summary>
    internal static Task<string?> MemberOrgPathAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction? tx, long memberId,
        CancellationToken ct) =>
        conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT o.path FROM member m JOIN org o ON o.id = m.org_id WHERE m.id = @MemberId",
            new { MemberId = memberId }, tx, cancellationToken: ct));

    public static async Task<Results<Created<Applications.Application>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var memberId = http.User.MemberId()!.Value;
        var fundId = Ids.Parse(request.FundId);
        var v = Validate(request.Category, request.RequestedFen, request.Reason, request.ContactPhone)
            .Check(fundId is not null, "fundId", "is required");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<Applications.Application>, ProblemHttpResult>>(async (conn, tx) =>
        {
            if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(IsVerified, new { MemberId = memberId }, transaction: tx, cancellationToken: ct)))
            {
                return await idem.RefuseAsync(Problems.Create(403, FundProblems.MemberNotVerified, "Only members who passed real-name verification may apply."), ct);
            }

            // a fund of another organisation is not the member's to apply to (nor listed at GET /funds): 404 as for no fund
            var fund = await conn.QuerySingleOrDefaultAsync<OnBehalf.FundRow>(new CommandDefinition(OnBehalf.SelectFund, new { FundId = fundId },
                transaction: tx, cancellationToken: ct));
            if (fund is null || !OnBehalf.IsMembersFund(fund.OrgPath, await MemberOrgPathAsync(conn, tx, memberId, ct)))
            {
                return await idem.RefuseAsync(Problems.NotFound("fund"), ct);
            }

            // a mutual_aid fund pays mutual-aid plans' claims (ADR 0020); it is not listed at GET /funds either
            if (!FundRules.TakesReliefCases(fund.Kind))
            {
                return await idem.RefuseAsync(FundRules.MutualAidOnly(), ct);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (!FundRules.IsOpen(fund.OpensAt, fund.ClosesAt, now))
            {
                return await idem.RefuseAsync(Problems.Create(409, FundProblems.FundClosed, "The fund is not open for applications."), ct);
            }

            var status = request.Draft == true ? FundRules.Draft : FundRules.Submitted;
            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
                {
                    FundId = fundId,
                    MemberId = memberId,
                    FiledBy = (long?)null,
                    OnBehalfOf = (string?)null,
                    request.Category,
                    request.RequestedFen,
                    ReasonEnc = pii.Encrypt(request.Reason!.Trim()),
                    PhoneEnc = pii.Encrypt(request.ContactPhone!),
                    Status = status,
                    Now = now,
                    SubmittedAt = status == FundRules.Submitted ? now : (DateTime?)null,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return await idem.RefuseAsync(Problems.Create(409, FundProblems.FundApplicationOpen,
                    "You already have an open application to this fund."), ct);
            }

            await FundRules.HistoryAsync(conn, tx, id, now, http, null, status, null, ct);
            var view = (await Applications.LoadAsync(conn, tx, id, memberId, null, pii, ct))!;
            await idem.CompleteAsync(conn, tx, 201, view, ct);
            return TypedResults.Created($"/api/v1/me/fund-applications/{view.Id}", view);
        }, ct);
    }
}
