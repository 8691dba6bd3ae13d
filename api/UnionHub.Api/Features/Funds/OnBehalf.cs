using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// POST /admin/members/{id}/fund-applications (idempotent): staff at the counter file a relief application for a member who
/// cannot apply on their phone (<c>onBehalfOf: "member"</c>) or for the family of a deceased member
/// (<c>"deceased_member_family"</c>, with the family member and the bank account the grant is paid to in <c>applicant</c>).
/// </summary>
/// <remarks>
/// The application is the member's: the same row, the same rules as <see cref="CreateFundApplication"/> (verified member, fund
/// open, the field checks of <see cref="Apply.Validate"/>, one open application per member per fund through the same unique
/// index; never a <c>mutual_aid</c> fund: 422 <see cref="FundProblems.FundMutualAidOnly"/>), and it is submitted at once. The member must lie in the caller's subtree (404 otherwise) and the fund must be the
/// member's: a federation fund, or one owned by the member's organisation or an organisation above it (422
/// <see cref="FundProblems.FundNotForMember"/>). The member's account is not changed: a deceased member is recorded only on
/// the application (<c>onBehalfOf</c>).
/// </remarks>
public static class OnBehalf
{
    public const string ForMember = "member";
    public const string ForDeceasedMemberFamily = "deceased_member_family";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { ForMember, ForDeceasedMemberFamily };

    /// <summary>
    /// Whether the member's account hears of the application's decision and payment (inbox, push, SMS). Not for a deceased
    /// member's family claim: the account is the deceased's, and a notice there (or an SMS to their phone) reaches no one or
    /// the wrong person. The staff who filed it are the family's contact: the console shows them the decision and the payment,
    /// and they reach the family through the family member's phone (<c>/applicant</c>, audited).
    /// </summary>
    public static bool NotifiesMember(string? onBehalfOf) => onBehalfOf != ForDeceasedMemberFamily;

    public static readonly IReadOnlySet<string> Relationships = new HashSet<string>(StringComparer.Ordinal) { "spouse", "child", "parent", "other" };

    public const int MaxNameChars = 50;
    public const int MaxBankNameChars = 50;

    /// <summary>
    /// <c>contactPhone</c> may be left out for a family claim: the family member's phone is the contact then.
    /// <c>onBehalfOf</c> defaults to <c>"member"</c>.
    /// </summary>
    public sealed record Request(string? FundId, string? Category, long? RequestedFen, string? Reason, string? ContactPhone,
        string? OnBehalfOf, FamilyApplicantInput? Applicant);

    /// <summary>The family member of a deceased member; <c>bankAccount</c> is 12-30 digits (spaces allowed).</summary>
    public sealed record FamilyApplicantInput(string? Name, string? Relationship, string? IdNumber, string? Phone, string? BankName,
        string? BankAccount, string? AccountHolder);

    /// <summary>The family member's data normalised for storage (ID number upper-case, account digits only).</summary>
    internal sealed record Family(string Name, string Relationship, string IdNumber, string Phone, string BankName, string BankAccount,
        string AccountHolder);

    /// <summary>The field checks: those of a member's application plus who it is for; the family member normalised when valid.</summary>
    internal static (Validator Validator, string Kind, string? ContactPhone, Family? Family) Validate(Request request, DateOnly today)
    {
        var kind = request.OnBehalfOf ?? ForMember;
        var family = kind == ForDeceasedMemberFamily ? request.Applicant : null;
        var contactPhone = request.ContactPhone ?? family?.Phone;
        var v = Apply.Validate(request.Category, request.RequestedFen, request.Reason, contactPhone)
            .Check(Ids.Parse(request.FundId) is not null, "fundId", "is required")
            .Check(Kinds.Contains(kind), "onBehalfOf", $"must be one of: {FundRules.Join(Kinds)}")
            .Check(kind != ForMember || request.Applicant is null, "applicant", "is only for onBehalfOf: deceased_member_family")
            .Check(kind != ForDeceasedMemberFamily || request.Applicant is not null, "applicant", "is required for a deceased member's family");
        if (family is null)
        {
            return (v, kind, contactPhone, null);
        }

        var (idNumber, idProblem) = IdNumber.Validate(family.IdNumber, today);
        var account = new string((family.BankAccount ?? "").Where(c => c != ' ').ToArray());
        v.Required(family.Name, "applicant.name", MaxNameChars)
            .Check(family.Relationship is not null && Relationships.Contains(family.Relationship), "applicant.relationship",
                $"must be one of: {FundRules.Join(Relationships)}")
            .Check(idNumber is not null, "applicant.idNumber", IdNumber.Describe(idProblem))
            .Check(family.Phone is not null && Apply.PhonePattern().IsMatch(family.Phone), "applicant.phone", "must be an 11-digit mainland mobile number")
            .Required(family.BankName, "applicant.bankName", MaxBankNameChars)
            .Check(account.Length is >= 12 and <= 30 && account.All(char.IsAsciiDigit), "applicant.bankAccount", "must be 12-30 digits")
            .Required(family.AccountHolder, "applicant.accountHolder", MaxNameChars);
        return v.IsValid
            ? (v, kind, contactPhone, new Family(family.Name!.Trim(), family.Relationship!, idNumber!, family.Phone!, family.BankName!.Trim(),
                account, family.AccountHolder!.Trim()))
            : (v, kind, contactPhone, null);
    }

    /// <summary>The fund's kind, its window and the path of the organisation that owns it (null: a federation fund).</summary>
    internal const string SelectFund = """
        SELECT f.kind, f.opens_at AS OpensAt, f.closes_at AS ClosesAt, o.path AS OrgPath
        FROM fund f LEFT JOIN org o ON o.id = f.org_id WHERE f.id = @FundId
        """;

    internal sealed class FundRow
    {
        public string Kind { get; set; } = "";
        public DateTime? OpensAt { get; set; }
        public DateTime? ClosesAt { get; set; }
        public string? OrgPath { get; set; }
    }

    /// <summary>Is the fund the member's: a federation fund, or owned by the member's organisation or one above it?</summary>
    internal static bool IsMembersFund(string? fundOrgPath, string? memberOrgPath) =>
        fundOrgPath is null || (memberOrgPath is not null && Scope.IsInside(memberOrgPath, fundOrgPath));

    internal const string InsertFamily = """
        INSERT INTO fund_application_family (application_id, relationship, name_enc, id_number_enc, phone_enc, bank_name_enc,
                                             bank_account_enc, account_holder_enc, created_at)
        VALUES (@ApplicationId, @Relationship, @NameEnc, @IdNumberEnc, @PhoneEnc, @BankNameEnc, @BankAccountEnc, @AccountHolderEnc, @Now)
        """;

    /// <summary>
    /// Files a submitted application for a member who staff found in their scope (the counter's 代为申请, or a 12351
    /// consultation turned into an application), inside the caller's transaction: verified member, the member's fund, open
    /// window, one open application per fund; the family's details for a deceased member's claim; history, audit. Returns the
    /// member's view of the application, or the problem to answer.
    /// </summary>
    internal static async Task<(Applications.Application? View, ProblemHttpResult? Problem)> FileAsync(DbConnection conn, DbTransaction tx,
        HttpContext http, PiiProtector pii, long memberId, string? memberOrgPath, Request request, string kind, string? contactPhone, Family? family,
        DateTime now, string historyNote, CancellationToken ct)
    {
        var fundId = Ids.Parse(request.FundId)!.Value;
        var staffId = http.User.StaffId()!.Value;
        if (!await conn.ExecuteScalarAsync<bool>(new CommandDefinition(Apply.IsVerified, new { MemberId = memberId }, tx, cancellationToken: ct)))
        {
            return (null, Problems.Create(403, FundProblems.MemberNotVerified,
                "Only members who passed real-name verification may apply.",
                "The member has not passed real-name verification; an application can be filed for them once they have."));
        }

        var fund = await conn.QuerySingleOrDefaultAsync<FundRow>(new CommandDefinition(SelectFund, new { FundId = fundId }, tx, cancellationToken: ct));
        if (fund is null)
        {
            return (null, Problems.NotFound("fund"));
        }

        if (!IsMembersFund(fund.OrgPath, memberOrgPath))
        {
            return (null, Problems.Create(422, FundProblems.FundNotForMember,
                "The fund belongs to another organisation than the member's.",
                "File into a federation fund or a fund of the member's organisation or of one above it."));
        }

        if (!FundRules.TakesReliefCases(fund.Kind))
        {
            return (null, FundRules.MutualAidOnly());
        }

        if (!FundRules.IsOpen(fund.OpensAt, fund.ClosesAt, now))
        {
            return (null, Problems.Create(409, FundProblems.FundClosed, "The fund is not open for applications."));
        }

        long applicationId;
        try
        {
            applicationId = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Apply.Insert, new
            {
                FundId = fundId,
                MemberId = memberId,
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
            return (null, Problems.Create(409, FundProblems.FundApplicationOpen,
                "The member already has an open application to this fund."));
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

        await FundRules.HistoryAsync(conn, tx, applicationId, now, http, null, FundRules.Submitted, historyNote, ct);
        await Audit.WriteAsync(conn, tx, http, "fund_application.file_on_behalf", "fund_application", FundRules.Id(applicationId),
            new { memberId = FundRules.Id(memberId), fundId = FundRules.Id(fundId), onBehalfOf = kind }, ct);
        var view = (await Applications.LoadAsync(conn, tx, applicationId, memberId, null, pii, ct))!; // the member's own (the fund may be the federation's, above the filer)
        return (view, null);
    }
}
