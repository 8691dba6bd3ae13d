using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.Funds.OnBehalf;

namespace UnionHub.Api.Features.Funds;

public static class FileFundApplicationForMember
{
    public static async Task<Results<Created<Applications.Application>, ProblemHttpResult>> Handle(
        string id, Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (v, kind, contactPhone, family) = Validate(request, DateOnly.FromDateTime(now.ToChina().DateTime));
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var fundId = Ids.Parse(request.FundId)!.Value;
        var staffId = http.User.StaffId()!.Value;
        return await transactions.RunAsync<Results<Created<Applications.Application>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var scope = await Scope.OfAsync(conn, tx, http.User, ct);
            var member = await MemberLookup.FindVisibleAsync(conn, tx, scope, Ids.Parse(id), ct);
            if (member is null || member.DeletedAt is not null)
            {
                return await idem.RefuseAsync(Problems.NotFound("member"), ct);
            }

            if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(Apply.IsVerified, new { MemberId = member.Id }, tx, cancellationToken: ct)))
            {
                return await idem.RefuseAsync(Problems.Create(403, FundProblems.MemberNotVerified,
                    "Only members who passed real-name verification may apply.",
                    "The member has not passed real-name verification; an application can be filed for them once they have."), ct);
            }

            var fund = await conn.QuerySingleOrDefaultAsync<FundRow>(new CommandDefinition(SelectFund, new { FundId = fundId }, tx, cancellationToken: ct));
            if (fund is null)
            {
                return await idem.RefuseAsync(Problems.NotFound("fund"), ct);
            }

            if (!IsMembersFund(fund.OrgPath, member.OrgPath))
            {
                return await idem.RefuseAsync(Problems.Create(422, FundProblems.FundNotForMember,
                    "The fund belongs to another organisation than the member's.",
                    "File into a federation fund or a fund of the member's organisation or of one above it."), ct);
            }

            if (!FundRules.IsOpen(fund.OpensAt, fund.ClosesAt, now))
            {
                return await idem.RefuseAsync(Problems.Create(409, FundProblems.FundClosed, "The fund is not open for applications."), ct);
            }

            long applicationId;
            try
            {
                applicationId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Apply.Insert, new
                {
                    FundId = fundId,
                    MemberId = member.Id,
                    FiledBy = staffId,
                    OnBehalfOf = kind,
                    request.Category,
                    request.RequestedFen,
                    ReasonEnc = pii.Encrypt(request.Reason!.Trim()),
                    PhoneEnc = pii.Encrypt(contactPhone!),
                    Status = FundRules.Submitted,
                    Now = now,
                    SubmittedAt = now,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return await idem.RefuseAsync(Problems.Create(409, FundProblems.FundApplicationOpen,
                    "The member already has an open application to this fund."), ct);
            }

            if (family is not null)
            {
                await conn.ExecuteAsync(new CommandDefinition(InsertFamily, new
                {
                    ApplicationId = applicationId,
                    family.Relationship,
                    NameEnc = pii.Encrypt(family.Name),
                    IdNumberEnc = pii.Encrypt(family.IdNumber),
                    PhoneEnc = pii.Encrypt(family.Phone),
                    BankNameEnc = pii.Encrypt(family.BankName),
                    BankAccountEnc = pii.Encrypt(family.BankAccount),
                    AccountHolderEnc = pii.Encrypt(family.AccountHolder),
                    Now = now,
                }, tx, cancellationToken: ct));
            }

            await FundRules.HistoryAsync(conn, tx, applicationId, now, http, null, FundRules.Submitted,
                kind == ForMember ? "代为申请（会员本人）" : "代为申请（已故会员家属）", ct);
            await Audit.WriteAsync(conn, tx, http, "fund_application.file_on_behalf", "fund_application", FundRules.Id(applicationId),
                new { memberId = FundRules.Id(member.Id), fundId = FundRules.Id(fundId), onBehalfOf = kind }, ct);
            var view = (await Applications.LoadAsync(conn, tx, applicationId, member.Id, null, pii, ct))!; // the member's own (the fund may be the federation's, above the filer)
            await idem.CompleteAsync(conn, tx, 201, view, ct);
            return TypedResults.Created($"/api/v1/admin/fund-applications/{view.Id}", view);
        }, ct);
    }
}
