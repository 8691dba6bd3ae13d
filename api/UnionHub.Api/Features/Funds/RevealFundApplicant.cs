using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.Funds;

/// <summary>
/// GET /admin/fund-applications/{id}/applicant?reason=: the family member of a deceased member and the bank account the grant is
/// paid to, in full (for the payment), for staff whose subtree holds the member. Every call writes its own audit row
/// (<c>fund_applicant.read</c>) with the reason. The ID number stays masked: the v1 contract returns no full ID number.
/// 404 when the application is outside the caller's subtree or was not filed for a deceased member's family.
/// </summary>
public static class RevealFundApplicant
{
    public sealed record Response(string ApplicationId, string Relationship, string Name, string IdNumberMasked, string Phone, string BankName,
        string BankAccount, string AccountHolder);

    private sealed class Row : IOrgOwned
    {
        public long Id { get; set; }
        public string OrgPath { get; set; } = "";
        public string Relationship { get; set; } = "";
        public byte[] NameEnc { get; set; } = [];
        public byte[] IdNumberEnc { get; set; } = [];
        public byte[] PhoneEnc { get; set; } = [];
        public byte[] BankNameEnc { get; set; } = [];
        public byte[] BankAccountEnc { get; set; } = [];
        public byte[] AccountHolderEnc { get; set; } = [];
    }

    /// <summary>The family row with the path of the member's organisation (an unbound member: only "/" sees it).</summary>
    private const string Select = """
        SELECT a.id, COALESCE(o.path, '') AS OrgPath, fam.relationship, fam.name_enc AS NameEnc, fam.id_number_enc AS IdNumberEnc,
               fam.phone_enc AS PhoneEnc, fam.bank_name_enc AS BankNameEnc, fam.bank_account_enc AS BankAccountEnc,
               fam.account_holder_enc AS AccountHolderEnc
        FROM fund_application a
             JOIN fund_application_family fam ON fam.application_id = a.id
             JOIN member m ON m.id = a.member_id
             LEFT JOIN org o ON o.id = m.org_id
        WHERE a.id = @Id
        """;

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string id, HttpContext http, MySqlDataSource db, PiiProtector pii, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var scope = await Scope.OfAsync(conn, null, http.User, ct);
        var row = await scope.FindAsync<Row>(conn, null, Select, Ids.Parse(id), ct);
        if (row is null)
        {
            return Problems.NotFound("applicant");
        }

        return TypedResults.Ok(new Response(FundRules.Id(row.Id), row.Relationship, pii.Decrypt(row.NameEnc), Mask.IdNumber(pii.Decrypt(row.IdNumberEnc)),
            pii.Decrypt(row.PhoneEnc), pii.Decrypt(row.BankNameEnc), pii.Decrypt(row.BankAccountEnc), pii.Decrypt(row.AccountHolderEnc)));
    }
}
