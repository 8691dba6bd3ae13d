namespace UnionHub.Api.Features.Enterprises;

/// <summary>
/// GET /enterprise and GET /enterprise/members: an enterprise contact sees their own enterprise (with its head count of
/// verified members) and its verified members, names masked, for hand-outs from a list.
/// </summary>
public static class MyEnterprise
{
    public sealed record EnterpriseResponse(string Id, string Name, string CreditCode, string OrgId, string OrgName, int VerifiedMembers);

    public sealed record MemberResponse(string MemberId, string NameMasked, string? MemberCardNo, DateTimeOffset VerifiedAt);

    internal const string CountVerified = """
        SELECT COUNT(*) FROM member WHERE enterprise_id = @id AND verified_at IS NOT NULL AND deleted_at IS NULL
        """;
}
