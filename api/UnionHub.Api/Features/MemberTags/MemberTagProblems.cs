namespace UnionHub.Api.Features.MemberTags;

/// <summary>Every error <c>code</c> the member tag endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class MemberTagProblems
{
    public const string TagUnknown = "member_tag.unknown";
    public const string BatchEmpty = "member_tag.batch_empty";
    public const string BatchInvalidHeader = "member_tag.batch_invalid_header";
    public const string BatchTooManyRows = "member_tag.batch_too_many_rows";
    public const string BatchRowsInvalid = "member_tag.batch_rows_invalid";
}
