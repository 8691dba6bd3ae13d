namespace UnionHub.Api.Features.Membership;

/// <summary>
/// Every error <c>code</c> the Membership endpoints answer besides the real-name ones they share with Members
/// (<c>realname.invalid_id</c>, <c>realname.already_verified</c>, <c>realname.id_already_bound</c>). The SDK's message table
/// must cover each (ErrorCodesTests).
/// </summary>
public static class MembershipProblems
{
    public const string ApplicationOpen = "membership.application_open";
    public const string IdApplicationOpen = "membership.id_application_open";
    public const string ApplicationDecided = "membership.application_decided";
    public const string NotMember = "membership.not_member";
    public const string TransferRequestOpen = "membership.transfer_request_open";
    public const string TransferRequestDecided = "membership.transfer_request_decided";
    public const string TargetNotGrassroots = "membership.target_not_grassroots";
}
