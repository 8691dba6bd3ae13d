using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Platform;

namespace UnionHub.Api.Features.LegalAid;

/// <summary>
/// The lawyer panel: POST/GET /admin/legal-aid/lawyers. Each lawyer is linked to one staff account with the lawyer role
/// (the account they log in with to see their cases). Name, licence number and phone are personal data: stored
/// encrypted, the licence number's blind index keeps it unique, and all three leave masked.
/// </summary>
public static partial class Lawyers
{
    public sealed record Request(string? StaffUserId, string? Name, string? Firm, string? LicenceNo, string? Phone);

    public sealed record Lawyer(string Id, string StaffUserId, string Name, string Firm, string LicenceNo, string Phone, DateTimeOffset CreatedAt);

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

    public static async Task<Results<Created<Lawyer>, ProblemHttpResult>> Create(
        Request request, HttpContext http, MySqlDataSource db, PiiProtector pii, TimeProvider clock, CancellationToken ct)
    {
        var staffUserId = OrgScope.ParseId(request.StaffUserId);
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

        await using var conn = await db.OpenConnectionAsync(ct);
        var role = await conn.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT role FROM staff_user WHERE id = @staffUserId AND disabled = 0",
            new { staffUserId }, cancellationToken: ct));
        if (role is null)
        {
            return Problems.NotFound("staff user");
        }

        if (role != Roles.Lawyer)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["staffUserId"] = ["must be an account with the lawyer role"] });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await conn.BeginTransactionAsync(ct);
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
            await tx.RollbackAsync(ct);
            return Problems.Create(409, "lawyer.exists", "This account or licence number is already on the panel.");
        }

        await Audit.WriteAsync(conn, tx, http, "legal_lawyer.create", "legal_lawyer", CaseRules.Id(id),
            new { staffUserId = CaseRules.Id(staffUserId!.Value) }, ct);
        await tx.CommitAsync(ct);
        var view = new Lawyer(CaseRules.Id(id), CaseRules.Id(staffUserId.Value), Mask.Name(request.Name.Trim()), request.Firm.Trim(),
            MaskLicence(request.LicenceNo!), Mask.Phone(request.Phone!), now.ToChina());
        return TypedResults.Created($"/api/v1/admin/legal-aid/lawyers/{view.Id}", view);
    }

    private sealed record Row(long Id, long StaffUserId, byte[] NameEnc, string Firm, byte[] LicenceEnc, byte[] PhoneEnc, DateTime CreatedAt);

    public static async Task<Results<Ok<Page<Lawyer>>, ProblemHttpResult>> List(
        MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.After(cursor) is not { } after)
        {
            return Problems.BadCursor();
        }

        var take = Paging.Limit(limit);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition("""
            SELECT id, staff_user_id AS StaffUserId, name_enc AS NameEnc, firm, licence_enc AS LicenceEnc, phone_enc AS PhoneEnc,
                   created_at AS CreatedAt
            FROM legal_lawyer WHERE id < @After ORDER BY id DESC LIMIT @Take
            """, new { After = after, Take = take + 1 }, cancellationToken: ct))).ToList();
        var page = Paging.Build(rows, take, r => r.Id);
        return TypedResults.Ok(new Page<Lawyer>(page.Items.Select(r => new Lawyer(CaseRules.Id(r.Id), CaseRules.Id(r.StaffUserId),
            Mask.Name(pii.Decrypt(r.NameEnc)), r.Firm, MaskLicence(pii.Decrypt(r.LicenceEnc)), Mask.Phone(pii.Decrypt(r.PhoneEnc)),
            r.CreatedAt.ToChina())).ToList(), page.NextCursor));
    }

    /// <summary>11101202010******: the region and year part, the rest hidden.</summary>
    public static string MaskLicence(string licence) =>
        licence.Length <= 8 ? new string('*', licence.Length) : string.Concat(licence.AsSpan(0, licence.Length - 6), "******");
}
