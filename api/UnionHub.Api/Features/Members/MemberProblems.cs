namespace UnionHub.Api.Features.Members;

/// <summary>Every error <c>code</c> the Members endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class MemberProblems
{
    public const string OrgRootRequiresSuperAdmin = "org.root_requires_super_admin";
    public const string OrgTooDeep = "org.too_deep";
    public const string RealnameAlreadyVerified = "realname.already_verified";
    public const string RealnameIdAlreadyBound = "realname.id_already_bound";
    public const string RealnameInvalidId = "realname.invalid_id";
    public const string RealnameNotInRoster = "realname.not_in_roster";
    public const string RosterEmpty = "roster.empty";
    public const string RosterInvalidHeader = "roster.invalid_header";
    public const string RosterUploadInterrupted = "roster.upload_interrupted";
    public const string VoucherAlreadyRedeemed = "voucher.already_redeemed";
    public const string VoucherChanged = "voucher.changed";
    public const string VoucherVoid = "voucher.void";
}
