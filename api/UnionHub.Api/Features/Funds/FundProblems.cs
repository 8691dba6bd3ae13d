namespace UnionHub.Api.Features.Funds;

/// <summary>Every error <c>code</c> the Funds endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class FundProblems
{
    public const string ApplicationNotApproved = "application.not_approved";
    public const string ApplicationNotDraft = "application.not_draft";
    public const string ApplicationNotEditable = "application.not_editable";
    public const string ApplicationNotReturnable = "application.not_returnable";
    public const string ApplicationNotReturned = "application.not_returned";
    public const string ApplicationNotReviewable = "application.not_reviewable";
    public const string ApplicationNotWithdrawable = "application.not_withdrawable";
    /// <summary>A batch declaration file with no header line or no data row.</summary>
    public const string BatchEmpty = "fund_batch.empty";
    public const string BatchInvalidHeader = "fund_batch.invalid_header";
    /// <summary>Some row of a batch declaration is refused: nothing was written; the problem's <c>rejected</c> lists the rows.</summary>
    public const string BatchRowsInvalid = "fund_batch.rows_invalid";
    public const string BatchTooManyRows = "fund_batch.too_many_rows";
    public const string DisbursementNotProposed = "disbursement.not_proposed";
    public const string DisbursementOverGrant = "disbursement.over_grant";
    public const string DisbursementSameUser = "disbursement.same_user";
    public const string EvidenceLimitReached = "evidence.limit_reached";
    public const string EvidenceTooLarge = "evidence.too_large";
    public const string EvidenceUnsupportedType = "evidence.unsupported_type";
    public const string FundApplicationOpen = "fund.application_open";
    /// <summary>409: a budget change would leave more granted than the budget and donations (<c>grantedFen</c>, <c>donatedFen</c>,
    /// <c>minimumBudgetFen</c>).</summary>
    public const string FundBudgetBelowGranted = "fund.budget_below_granted";
    /// <summary>409: a budget cut would leave less to grant than published, undrawn grant lotteries on the fund promise (<c>grantedFen</c>,
    /// <c>donatedFen</c>, <c>promisedFen</c>, <c>minimumBudgetFen</c>, <c>lotteryIds</c>).</summary>
    public const string FundBudgetBelowPromised = "fund.budget_below_promised";
    public const string FundBudgetExceeded = "fund.budget_exceeded";
    public const string FundClosed = "fund.closed";
    public const string FundNotForMember = "fund.not_for_member";
    /// <summary>409: the fund has the money for this grant (or keeps it after this donation reversal), but published, undrawn grant
    /// lotteries promise it (<c>budgetFen</c>, <c>donatedFen</c>, <c>grantedFen</c>, <c>promisedFen</c>, <c>neededFen</c>,
    /// <c>headroomFen</c>, <c>lotteryIds</c>); ADR 0018, 2026-12-04 (evening).</summary>
    public const string FundPromisedToLottery = "fund.promised_to_lottery";
    /// <summary>422: a relief application, batch declaration, hardship round or lottery grant names a <c>mutual_aid</c> fund (it pays
    /// mutual-aid plans' claims only).</summary>
    public const string FundMutualAidOnly = "fund.mutual_aid_only";
    public const string GrantOverMax = "grant.over_max";
    public const string MemberNotVerified = "member.not_verified";
}
