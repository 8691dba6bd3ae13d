using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using MySqlConnector;
using UnionHub.Api.Platform;
using static UnionHub.Api.Features.LegalAid.Lawyers;

namespace UnionHub.Api.Features.LegalAid;

public static class ListLegalAidLawyers
{
    private sealed record Row(long Id, long StaffUserId, byte[] NameEnc, string Firm, byte[] LicenceEnc, byte[] PhoneEnc, DateTime CreatedAt);

    public static async Task<Results<Ok<Page<Lawyer>>, ProblemHttpResult>> Handle(
        MySqlDataSource db, PiiProtector pii, CancellationToken ct, int? limit = null, string? cursor = null)
    {
        if (Paging.Read(limit, cursor, out var paging) is { } badCursor)
        {
            return badCursor;
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<Row>(new CommandDefinition("""
            SELECT id, staff_user_id AS StaffUserId, name_enc AS NameEnc, firm, licence_enc AS LicenceEnc, phone_enc AS PhoneEnc,
                   created_at AS CreatedAt
            FROM legal_lawyer WHERE id < @After ORDER BY id DESC LIMIT @Take
            """, new { After = paging.After, Take = paging.Fetch }, cancellationToken: ct))).ToList();
        var page = paging.Build(rows, r => r.Id);
        return TypedResults.Ok(new Page<Lawyer>(page.Items.Select(r => new Lawyer(LegalAidRules.Id(r.Id), LegalAidRules.Id(r.StaffUserId),
            Mask.Name(pii.Decrypt(r.NameEnc)), r.Firm, MaskLicence(pii.Decrypt(r.LicenceEnc)), Mask.Phone(pii.Decrypt(r.PhoneEnc)),
            r.CreatedAt.ToChina())).ToList(), page.NextCursor));
    }
}
