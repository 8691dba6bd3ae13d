namespace UnionHub.Api.Features.Donations;

/// <summary>Every error <c>code</c> the Donations endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class DonationProblems
{
    /// <summary>The date received lies in another year than the fund's (a donation counts for the fund of the year it is received).</summary>
    public const string FundYearMismatch = "donation.fund_year_mismatch";
    /// <summary>Only a recorded donation can have a reversal requested.</summary>
    public const string NotReversible = "donation.not_reversible";
    /// <summary>Only a requested reversal can be approved or rejected.</summary>
    public const string ReversalNotRequested = "donation.reversal_not_requested";
    /// <summary>The staff user who requested a reversal cannot approve it (dual control).</summary>
    public const string ReversalSameUser = "donation.reversal_same_user";
    /// <summary>Taking the donation out would leave the fund with more granted than its budget and donations.</summary>
    public const string ReversalOverGranted = "donation.reversal_over_granted";
    /// <summary>No Chinese font is installed, so the receipt PDF cannot be produced.</summary>
    public const string ReceiptFontUnavailable = "donation.receipt_font_unavailable";
}
