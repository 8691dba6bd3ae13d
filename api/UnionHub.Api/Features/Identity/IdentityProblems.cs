namespace UnionHub.Api.Features.Identity;

/// <summary>Every error <c>code</c> the Identity endpoints answer (the SDK's message table must cover each: ErrorCodesTests).</summary>
public static class IdentityProblems
{
    /// <summary>
    /// Deprecated, never answered: a locked staff account answers <see cref="AuthInvalidCredentials"/> like a wrong password
    /// (StaffLogin, docs/SECURITY.md), so the lock reveals neither usernames nor a right guess. Kept so the SDK's code list
    /// and message table (older clients) stay as they are.
    /// </summary>
    public const string AuthAccountLocked = "auth.account_locked";
    public const string AuthInvalidCode = "auth.invalid_code";
    public const string AuthInvalidCredentials = "auth.invalid_credentials";
    public const string AuthInvalidPhone = "auth.invalid_phone";
    public const string AuthInvalidRefresh = "auth.invalid_refresh";
    public const string AuthPhoneTaken = "auth.phone_taken";
    public const string AuthWechatH5Disabled = "auth.wechat_h5_disabled";
    public const string AuthWechatRejected = "auth.wechat_rejected";
    public const string AuthWechatUnavailable = "auth.wechat_unavailable";
    public const string EnterpriseNotFound = "enterprise.not_found";
    public const string MemberPhoneAlreadyBound = "member.phone_already_bound";
    public const string SmsUnavailable = "sms.unavailable";
    public const string UserUsernameTaken = "user.username_taken";
    public const string UserCannotDisableSelf = "user.cannot_disable_self";
    public const string AuthWrongPassword = "auth.wrong_password";
}
