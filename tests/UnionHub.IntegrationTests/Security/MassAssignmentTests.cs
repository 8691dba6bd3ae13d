using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Funds;
using UnionHub.IntegrationTests.Features.Merchants;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// OWASP API3 (broken object property level authorisation, mass assignment): a member or merchant cannot set status, amounts
/// granted or paid, or ownership through any body. The request schemas of member and merchant routes (from the OpenAPI document)
/// have no such properties, and extra fields sent anyway leave the rows as the server decides them.
/// </summary>
public sealed class MassAssignmentTests : FundsTest
{
    /// <summary>Properties only the server (or staff) may decide.</summary>
    private static readonly string[] ServerOwned =
    [
        "status", "grantedFen", "paidFen", "committedFen", "disbursedFen", "faceValueFen", "memberId", "merchantId", "ownerId", "orgId",
        "verifiedAt", "role", "roles", "createdAt", "redeemedAt", "claimNo", "stock", "claimed", "id",
    ];

    /// <summary>
    /// Properties a member legitimately chooses although their names look server-owned, with the reason. Joining: the applicant
    /// picks the organisation to join (the server checks that it is a grassroots organisation accepting members; staff of that
    /// organisation decide).
    /// </summary>
    private static readonly HashSet<string> ChosenByTheCaller = ["POST /api/v1/membership/applications: orgId"];

    private static readonly object Hostile = new
    {
        status = "approved", grantedFen = 99_999_999L, paidFen = 99_999_999L, committedFen = 1L, faceValueFen = 1L, memberId = "1",
        merchantId = "1", orgId = "1", id = "424242", role = "super_admin", verifiedAt = "2020-01-01T00:00:00+08:00", claimNo = 99,
    };

    /// <summary>The hostile properties merged into a legitimate body.</summary>
    private static JsonContent With(object body)
    {
        var merged = JsonSerializer.SerializeToElement(Hostile, JsonSerializerOptions.Web).EnumerateObject()
            .Concat(JsonSerializer.SerializeToElement(body, JsonSerializerOptions.Web).EnumerateObject())
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last().Value);
        return JsonContent.Create(merged);
    }

    [Test]
    public async Task Member_and_merchant_request_schemas_have_no_server_owned_properties()
    {
        using var client = Anonymous();
        var failures = new List<string>();
        foreach (var op in (await Operation.AllAsync(client)).Where(o => o.Area is "member" or "merchant" && o.JsonBodySchema is not null))
        {
            var schema = op.JsonBodySchema!.Value;
            if (!schema.TryGetProperty("properties", out var properties))
            {
                continue;
            }

            failures.AddRange(properties.EnumerateObject().Where(p => ServerOwned.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
                .Where(p => !ChosenByTheCaller.Contains($"{op}: {p.Name}"))
                .Select(p => $"{op}: accepts '{p.Name}'"));
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Extra_fields_in_member_and_merchant_bodies_change_no_status_amount_or_owner()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var member = await NewVerifiedMemberAsync();
        var other = await NewVerifiedMemberAsync();
        using var client = WithToken(MemberToken(member));

        // a fund application: submitted by and for the caller, nothing granted or paid
        var applied = await JsonAsync(await client.PostAsync("/api/v1/fund-applications",
            With(new { fundId, category = "major_illness", requestedFen = 100_000L, reason = "家人住院", contactPhone = "13812345678",
                memberId = other.ToString(System.Globalization.CultureInfo.InvariantCulture) })), 201);
        var appId = applied.GetProperty("id").GetString();
        Assert.That(appId, Is.Not.EqualTo("424242"));
        await using var db = await DbAsync();
        var row = await db.QuerySingleAsync<(long MemberId, string Status, long? GrantedFen, long PaidFen, long CommittedFen)>(
            "SELECT member_id, status, granted_fen, paid_fen, committed_fen FROM fund_application WHERE id = @appId", new { appId });
        Assert.That(row, Is.EqualTo((member, "submitted", (long?)null, 0L, 0L)));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_ledger"), Is.Zero);

        // a claim: the caller's voucher, unused, first claim number
        var perkId = await db.ExecuteScalarAsync<long>("""
            INSERT INTO perk (kind, title, description, stock, claimed, per_member_limit, starts_at, ends_at, face_value_fen, created_at, updated_at)
            VALUES ('voucher', '券', '', 10, 0, 1, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) + INTERVAL 1 DAY, 800, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
            SELECT LAST_INSERT_ID();
            """);
        await JsonAsync(await client.PostAsync($"/api/v1/perks/{perkId}/claims", With(new { })), 201);
        var voucher = await db.QuerySingleAsync<(long MemberId, string Status, int ClaimNo)>(
            "SELECT member_id, status, claim_no FROM voucher WHERE perk_id = @perkId", new { perkId });
        Assert.That(voucher, Is.EqualTo((member, "unused", 1)));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT claimed FROM perk WHERE id = @perkId", new { perkId }), Is.EqualTo(1));

        // a redemption: at the perk's face value, for the calling merchant
        using var admin = await AdminAsync();
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin, "正规商户");
        var rival = await MerchantAdminTests.CreateMerchantAsync(admin, "其他商户");
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant);
        using var till = Anonymous();
        till.DefaultRequestHeaders.Add("X-Api-Key", key);
        var seeded = await RedemptionTests.SeedVoucherAsync(2500, [merchant]);
        await JsonAsync(await till.PostAsync("/api/v1/merchant/redemptions", With(new { code = seeded.Code, merchantId = rival })), 201);
        var redemption = await db.QuerySingleAsync<(long MerchantId, long FaceValueFen)>(
            "SELECT merchant_id, face_value_fen FROM redemption WHERE voucher_id = @Id", seeded);
        Assert.That(redemption, Is.EqualTo((long.Parse(merchant, System.Globalization.CultureInfo.InvariantCulture), 2500L)));

        // the member record: no verification date, organisation or role from a body
        var before = await db.QuerySingleAsync<(long? OrgId, DateTime? VerifiedAt)>("SELECT org_id, verified_at FROM member WHERE id = @other", new { other });
        using var otherClient = WithToken(MemberToken(other));
        await otherClient.PostAsync("/api/v1/me/real-name", With(new { name = "张三", idNumber = "110105199001011234" }));
        var after = await db.QuerySingleAsync<(long? OrgId, DateTime? VerifiedAt)>("SELECT org_id, verified_at FROM member WHERE id = @other", new { other });
        Assert.That(after, Is.EqualTo(before));
    }
}
