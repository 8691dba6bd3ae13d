using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.Lawyers;

namespace UnionHub.Api.Features.LegalAid;

public static partial class CreateLegalAidLawyer
{
    /// <summary>A practising certificate number (执业证号): 17 digits.</summary>
    [GeneratedRegex("^[0-9]{17}$")]
    private static partial Regex LicencePattern();

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex PhonePattern();

    private const string Insert = """
        INSERT INTO legal_lawyer (staff_user_id, name_enc, firm, licence_hash, licence_enc, phone_enc, created_by, created_at)
        VALUES (@StaffUserId, @NameEnc, @Firm, @LicenceHash, @LicenceEnc, @PhoneEnc, @CreatedBy, @Now);
        SELECT LAST_INSERT_ID();
        """;

    public static async Task<Results<Created<Lawyer>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, Transactions transactions, IdempotencyScope idem, PiiProtector pii, TimeProvider clock,
        CancellationToken ct)
    {
        var staffUserId = Ids.Parse(request.StaffUserId);
        var v = new Validator()
            .Check(staffUserId is not null, "staffUserId", "is required")
            .Required(request.Name, "name", 50)
            .Required(request.Firm, "firm", 200)
            .Check(request.LicenceNo is not null && LicencePattern().IsMatch(request.LicenceNo), "licenceNo", "must be the 17-digit licence number")
            .Check(request.Phone is not null && PhonePattern().IsMatch(request.Phone), "phone", "must be an 11-digit mainland mobile number");
        if (!v.IsValid)
        {
            return v.Problem();
        }

        return await transactions.RunAsync<Results<Created<Lawyer>, ProblemHttpResult>>(async (conn, tx) =>
        {
            var role = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT role FROM staff_user WHERE id = @staffUserId AND disabled = 0",
                new { staffUserId }, transaction: tx, cancellationToken: ct));
            if (role is null)
            {
                return Problems.NotFound("staff user");
            }

            if (role != Roles.Lawyer)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["staffUserId"] = ["must be an account with the lawyer role"] });
            }

            var now = clock.GetUtcNow().UtcDateTime;
            long id;
            try
            {
                id = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
                {
                    StaffUserId = staffUserId,
                    NameEnc = pii.Encrypt(request.Name!.Trim()),
                    Firm = request.Firm!.Trim(),
                    LicenceHash = pii.Index("lawyer_licence", request.LicenceNo!),
                    LicenceEnc = pii.Encrypt(request.LicenceNo!),
                    PhoneEnc = pii.Encrypt(request.Phone!),
                    CreatedBy = http.User.StaffId(),
                    Now = now,
                }, tx, cancellationToken: ct));
            }
            catch (MySqlException ex) when (ex.IsDuplicateKey())
            {
                return Problems.Create(409, LegalAidProblems.LawyerExists, "This account or licence number is already on the panel.");
            }

            await Audit.WriteAsync(conn, tx, http, "legal_lawyer.create", "legal_lawyer", LegalAidRules.Id(id),
                new { staffUserId = LegalAidRules.Id(staffUserId!.Value) }, ct);
            var view = new Lawyer(LegalAidRules.Id(id), LegalAidRules.Id(staffUserId.Value), Mask.Name(request.Name.Trim()), request.Firm.Trim(),
                MaskLicence(request.LicenceNo!), Mask.Phone(request.Phone!), now.ToChina());
            await idem.CompleteAsync(conn, tx, StatusCodes.Status201Created, view, ct);
            return TypedResults.Created($"/api/v1/admin/legal-aid/lawyers/{view.Id}", view);
        }, ct);
    }
}
