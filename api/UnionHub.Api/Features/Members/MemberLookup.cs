using System.Data.Common;
using Dapper;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Members;

/// <summary>
/// Staff's member lookup (issue 17): find a member of the caller's subtree by phone, ID number, name or member card
/// number, read their page, reveal their personal data, void a voucher. A member belongs to the organisation their
/// real-name verification bound them to; an unverified member (no organisation) is visible to a super_admin only.
/// Outside the subtree the answer is 404. Every read is audited with the caller's reason (<see cref="StaffReads"/>).
/// </summary>
public static class MemberLookup
{
    public const int MaxNameChars = 50;
    public const int MaxCardChars = 24;
    public const int MaxResults = 50;
    public const int MaxVoidReasonChars = 200;

    /// <summary>The member row with what scoping and masking need.</summary>
    internal sealed class Row
    {
        public long Id { get; set; }
        public byte[]? PhoneEnc { get; set; }
        public byte[]? IdEnc { get; set; }
        public byte[]? NameEnc { get; set; }
        public string? MemberCardNo { get; set; }
        public long? OrgId { get; set; }
        public string? OrgName { get; set; }
        public string? OrgPath { get; set; }
        public string? EnterpriseName { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime? VerifiedAt { get; set; }
        public DateTime? DeletedAt { get; set; }
    }

    internal const string Select = """
        SELECT m.id, m.phone_enc AS PhoneEnc, m.id_enc AS IdEnc, m.name_enc AS NameEnc, m.member_card_no AS MemberCardNo,
               m.org_id AS OrgId, o.name AS OrgName, o.path AS OrgPath, e.name AS EnterpriseName, m.created_at AS CreatedAt,
               m.verified_at AS VerifiedAt, m.deleted_at AS DeletedAt
        FROM member m LEFT JOIN org o ON o.id = m.org_id LEFT JOIN enterprise e ON e.id = m.enterprise_id
        """;

    /// <summary>The member with this id when the caller's scope holds them; null otherwise (answer 404).</summary>
    internal static async Task<Row?> FindVisibleAsync(DbConnection conn, DbTransaction? tx, Scope scope, long? id, CancellationToken ct)
    {
        if (scope.Path is null || id is null)
        {
            return null;
        }

        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select + " WHERE m.id = @Id", new { Id = id }, tx,
            cancellationToken: ct));
        return row is not null && scope.Contains(row.OrgPath) ? row : null;
    }

    /// <summary>unverified | verified | deleted.</summary>
    internal static string Status(Row row) => row.DeletedAt is not null ? "deleted" : row.VerifiedAt is not null ? "verified" : "unverified";

    /// <summary>A mainland mobile number as members log in with it (spaces, dashes and +86 dropped), or null.</summary>
    internal static string? NormalisePhone(string? input)
    {
        var digits = (input ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }

        return Identity.SmsCodes.IsMainlandMobile(digits) ? digits : null;
    }
}
