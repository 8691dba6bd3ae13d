namespace UnionHub.Api.Features.MutualAid;

/// <summary>Every error <c>code</c> the mutual-aid endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class MutualAidProblems
{
    /// <summary>Only members who passed real-name verification may enrol or claim.</summary>
    public const string MemberNotVerified = "mutual_aid.member_not_verified";
    /// <summary>The plan is not open for enrolment (a draft, closed, or its period is over).</summary>
    public const string PlanNotOpen = "mutual_aid.plan_not_open";
    /// <summary>The member is enrolled in this plan already (one enrolment per member and plan).</summary>
    public const string AlreadyEnrolled = "mutual_aid.already_enrolled";
    /// <summary>The plan has no benefit for this event type.</summary>
    public const string EventNotCovered = "mutual_aid.event_not_covered";
    /// <summary>The amount would take the approved total of this enrolment and event type past the plan's cap.</summary>
    public const string OverCap = "mutual_aid.over_cap";
    /// <summary>The claim is not in the state this step needs (already decided, not approved, not proposed for payment).</summary>
    public const string ClaimWrongState = "mutual_aid.claim_wrong_state";
    /// <summary>The staff user who proposed a payment cannot confirm it (maker and checker differ).</summary>
    public const string SameStaff = "mutual_aid.same_staff";
    /// <summary>The plan's status cannot change this way (draft to open or closed, open to closed).</summary>
    public const string StatusChangeInvalid = "mutual_aid.status_change_invalid";
    /// <summary>The plan cannot be edited this way: it is closed, or the plan is open and the edit touches its start, price or payer,
    /// or moves its end date earlier (<c>fields</c> names them).</summary>
    public const string PlanNotEditable = "mutual_aid.plan_not_editable";
    /// <summary>The plan's benefits and caps cannot change once a member is enrolled (each enrolment holds its caps).</summary>
    public const string PlanHasEnrolments = "mutual_aid.plan_has_enrolments";
    /// <summary>A bulk enrolment file has bad rows; nothing was enrolled (the problem lists each row).</summary>
    public const string BatchRowsInvalid = "mutual_aid.batch_rows_invalid";
    /// <summary>A bulk enrolment file is empty or has no data row.</summary>
    public const string BatchEmpty = "mutual_aid.batch_empty";
    /// <summary>A bulk enrolment file's header names neither 会员卡号 nor 身份证号, or an unknown column.</summary>
    public const string BatchInvalidHeader = "mutual_aid.batch_invalid_header";
    /// <summary>A bulk enrolment file has more rows than one upload takes.</summary>
    public const string BatchTooManyRows = "mutual_aid.batch_too_many_rows";
    /// <summary>A member of the file enrolled by themselves while the batch was written: upload the file again.</summary>
    public const string BatchRaced = "mutual_aid.batch_raced";
    /// <summary>The claim's fund (the plan's, or the one its approval was booked on) is not a <c>mutual_aid</c> fund: a relief fund's
    /// budget does not pay mutual-aid claims (ADR 0020); nothing was approved or paid; nor does a plan on such a fund take enrolments or claims. Rows from before the rule.</summary>
    public const string FundNotMutualAid = "mutual_aid.fund_not_mutual_aid";
    /// <summary>The plan's fund cannot change while it has claims approved and not yet paid, or payments proposed and not confirmed
    /// (<c>approvedClaims</c>, <c>proposedPayments</c>): pay them, or cancel their payment, first.</summary>
    public const string PlanHasUnpaidClaims = "mutual_aid.plan_has_unpaid_claims";
    /// <summary>A claim file is over the size limit.</summary>
    public const string DocumentTooLarge = "mutual_aid.document_too_large";
    /// <summary>A claim file is not a JPEG, PNG or PDF.</summary>
    public const string DocumentUnsupportedType = "mutual_aid.document_unsupported_type";
    /// <summary>A claim holds at most <see cref="MutualAidRules.MaxDocuments"/> files, and takes files only while it awaits review.</summary>
    public const string DocumentsClosed = "mutual_aid.documents_closed";
}
