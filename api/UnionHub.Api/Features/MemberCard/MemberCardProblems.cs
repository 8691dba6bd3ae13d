namespace UnionHub.Api.Features.MemberCard;

/// <summary>Every error <c>code</c> the member card endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class MemberCardProblems
{
    /// <summary>The payload is not a card QR this service signed (malformed, tampered, or another kind of code such as a voucher).</summary>
    public const string Invalid = "card.invalid";
    /// <summary>A genuine card QR whose minute is over (a screenshot): the member shows the live card again.</summary>
    public const string Expired = "card.expired";
    /// <summary>A genuine card QR of an account that is no member now (left, deleted): nothing about the person is answered.</summary>
    public const string Inactive = "card.inactive";
}
