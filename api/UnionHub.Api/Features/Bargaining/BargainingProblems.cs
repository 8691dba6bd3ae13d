namespace UnionHub.Api.Features.Bargaining;

/// <summary>Every error <c>code</c> the Bargaining endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class BargainingProblems
{
    public const string BargainingDateBeforePrevious = "bargaining.date_before_previous";
    public const string BargainingDocumentLimit = "bargaining.document_limit";
    public const string BargainingOutOfOrder = "bargaining.out_of_order";
    public const string BargainingStepNotReached = "bargaining.step_not_reached";
    public const string BargainingDocumentTooLarge = "bargaining_document.too_large";
    public const string BargainingDocumentUnsupportedType = "bargaining_document.unsupported_type";
}
