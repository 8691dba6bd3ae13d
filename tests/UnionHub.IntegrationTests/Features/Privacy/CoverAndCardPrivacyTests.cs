using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Privacy;

/// <summary>
/// GET /me/export and DELETE /me over mutual-aid cover (enrolments, claims, documents) and the checks of the member's card.
/// </summary>
public sealed class CoverAndCardPrivacyTests : PrivacyTest
{
    private const string Submitted = "上班途中被电动车撞伤左臂，门诊治疗";
    private const string RejectedText = "确诊慢性肾病，需长期透析";
    private const string PaidText = "加班时搬运货物扭伤腰部";
    private const string Reason = "该病种不在本计划保障范围内";
    private const string OthersText = "旁人的理赔说明：胃出血住院";

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Today => DateOnly.FromDateTime(Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> ClaimAsync(HttpClient member, string enrolmentId, long askedFen, string eventType, string description) =>
        (await JsonAsync(await member.PostAsJsonAsync("/api/v1/me/mutual-aid/claims", new
        {
            enrolmentId, eventType, eventOn = Day(Today.AddDays(-2)), askedFen, description,
        }), 201)).GetProperty("id").GetString()!;

    [Test]
    public async Task Export_lists_cover_claims_and_card_checks_and_delete_waits_for_payment_then_withdraws_and_erases()
    {
        var org = await Seed.OrgAsync();
        var me = await PersonAsync(org, "欧阳明华");
        var other = await PersonAsync(org, "司马光远");
        using var maker = await NewStaffAsync("org_admin", S(org));
        using var checker = await NewStaffAsync("reviewer", S(org));
        var fundId = await UnionHub.IntegrationTests.Features.MutualAid.MutualAidFunds.CreateAsync(org);
        var planId = (await JsonAsync(await maker.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", new
        {
            fundId, name = "2026年度职工互助保障", description = "意外伤害与重大疾病", coversFrom = Day(Today.AddDays(-30)), coversTo = Day(Today.AddDays(300)),
            priceFen = 3_000, paidBy = "union", status = "open",
            benefits = new object[] { new { eventType = "accident", capFen = 100_000 }, new { eventType = "critical_illness", capFen = 5_000_000 } },
        }), 201)).GetProperty("id").GetString()!;

        using var mine = WithToken(MemberToken(me.Id));
        using var others = WithToken(MemberToken(other.Id));
        var enrolment = await JsonAsync(await mine.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 201);
        var enrolmentId = enrolment.GetProperty("id").GetString()!;
        var othersEnrolment = (await JsonAsync(await others.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 201)).GetProperty("id").GetString()!;
        var submitted = await ClaimAsync(mine, enrolmentId, 3_000, "accident", Submitted);
        var upload = new ByteArrayContent("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray());
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        await JsonAsync(await mine.PostAsync($"/api/v1/me/mutual-aid/claims/{submitted}/documents", upload), 201);
        var rejected = await ClaimAsync(mine, enrolmentId, 20_000, "critical_illness", RejectedText);
        await JsonAsync(await checker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{rejected}/reject", new { reason = Reason }), 200);
        var paid = await ClaimAsync(mine, enrolmentId, 2_000, "accident", PaidText);
        await JsonAsync(await maker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{paid}/approve", new { approvedFen = 1_800 }), 200);
        var othersClaim = await ClaimAsync(others, othersEnrolment, 5_000, "accident", OthersText);

        // the card was checked twice (a merchant's till, a staff desk); another member's card once
        await using var db = await DbAsync();
        var merchantId = await db.ExecuteScalarAsync<long>(
            "INSERT INTO merchant (name, credit_code, created_at) VALUES ('工会书店', @code, NOW(6)); SELECT LAST_INSERT_ID();",
            new { code = "91" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant() });
        var at = Api.Clock.GetUtcNow().UtcDateTime;
        await db.ExecuteAsync("""
            INSERT INTO card_check (member_id, result, checker_kind, merchant_id, checked_at) VALUES
              (@me, 'ok', 'merchant_key', @merchantId, @first), (@me, 'expired', 'staff', NULL, @second), (@other, 'ok', 'staff', NULL, @second)
            """, new { me = me.Id, other = other.Id, merchantId, first = at.AddMinutes(-10), second = at.AddMinutes(-5) });

        // the export: enrolment as a certificate, every claim with its text and decision, documents listed, card checks
        var exportResponse = await mine.GetAsync("/api/v1/me/export");
        var raw = await exportResponse.Content.ReadAsStringAsync();
        var export = await JsonAsync(exportResponse, 200);
        var cover = export.GetProperty("mutualAid");
        var certificate = cover.GetProperty("enrolments").EnumerateArray().Single();
        var claims = cover.GetProperty("claims").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(certificate.GetProperty("id").GetString(), Is.EqualTo(enrolmentId));
            Assert.That(certificate.GetProperty("certificateNo").GetString(), Is.EqualTo(enrolment.GetProperty("certificateNo").GetString()));
            Assert.That(certificate.GetProperty("planName").GetString(), Is.EqualTo("2026年度职工互助保障"));
            Assert.That(certificate.GetProperty("priceFen").GetInt64(), Is.EqualTo(3_000));
            Assert.That(certificate.GetProperty("paidBy").GetString(), Is.EqualTo("union"));
            Assert.That(certificate.GetProperty("coversTo").GetString(), Is.EqualTo(Day(Today.AddDays(300))));
            Assert.That(claims.Select(c => c.GetProperty("claim").GetProperty("id").GetString()), Is.EqualTo(new[] { paid, rejected, submitted }));
            Assert.That(claims[0].GetProperty("claim").GetProperty("status").GetString(), Is.EqualTo("approved"));
            Assert.That(claims[0].GetProperty("claim").GetProperty("approvedFen").GetInt64(), Is.EqualTo(1_800));
            Assert.That(claims[0].GetProperty("claim").GetProperty("askedFen").GetInt64(), Is.EqualTo(2_000));
            Assert.That(claims[1].GetProperty("claim").GetProperty("description").GetString(), Is.EqualTo(RejectedText));
            Assert.That(claims[1].GetProperty("claim").GetProperty("rejectReason").GetString(), Is.EqualTo(Reason));
            Assert.That(claims[2].GetProperty("claim").GetProperty("eventOn").GetString(), Is.EqualTo(Day(Today.AddDays(-2))));
            Assert.That(claims[2].GetProperty("documents").EnumerateArray().Single().GetProperty("contentType").GetString(), Is.EqualTo("application/pdf"));
            Assert.That(raw, Does.Not.Contain("旁人的理赔说明").And.Not.Contain("胃出血"), "only the member's own claims");
        });
        var checks = export.GetProperty("cardChecks").EnumerateArray().ToList();
        Assert.That(checks.Select(c => (c.GetProperty("result").GetString(), c.GetProperty("checkerKind").GetString(),
            c.GetProperty("merchantName").ValueKind == JsonValueKind.Null ? null : c.GetProperty("merchantName").GetString())),
            Is.EqualTo(new (string?, string?, string?)[] { ("expired", "staff", null), ("ok", "merchant_key", "工会书店") }), "newest first, the member's only");

        // approved, not yet paid: deletion refused with the claim named, nothing changed; a proposed payment refuses it too
        using var anonymous = Anonymous();
        using (var delete = DeleteRequest(MemberToken(me.Id)))
        {
            var refused = await Problem.ExpectAsync(await anonymous.SendAsync(delete), 409, "member.has_pending_payment");
            Assert.That(refused.Raw.GetProperty("mutualAidClaimIds").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { paid }));
        }

        Assert.That(await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM mutual_aid_claim WHERE member_id = @Id AND description_enc IS NOT NULL AND status IN ('submitted', 'rejected', 'approved')",
            new { me.Id }), Is.EqualTo(3), "the refused deletion wrote nothing");
        Assert.That(await db.ExecuteScalarAsync<DateTime?>("SELECT deleted_at FROM member WHERE id = @Id", new { me.Id }), Is.Null);
        await JsonAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{paid}/payment", null), 200);
        using (var delete = DeleteRequest(MemberToken(me.Id)))
        {
            await Problem.ExpectAsync(await anonymous.SendAsync(delete), 409, "member.has_pending_payment");
        }

        await JsonAsync(await checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{paid}/payment/confirm", null), 200);
        using (var delete = DeleteRequest(MemberToken(me.Id)))
        {
            var response = await anonymous.SendAsync(delete);
            Assert.That((int)response.StatusCode, Is.EqualTo(204), await response.Content.ReadAsStringAsync());
        }

        // the claim awaiting review is withdrawn (and can no longer be approved); texts and documents are gone; amounts stay
        var rows = (await db.QueryAsync<(long Id, string Status, byte[]? DescriptionEnc, byte[]? ReasonEnc, int DocumentCount, long AskedFen, long? ApprovedFen)>(
            "SELECT id, status, description_enc, reject_reason_enc, document_count, asked_fen, approved_fen FROM mutual_aid_claim WHERE member_id = @Id ORDER BY id",
            new { me.Id })).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Status), Is.EqualTo(new[] { "withdrawn", "rejected", "paid" }));
            Assert.That(rows.Select(r => r.DescriptionEnc), Is.All.Null, "descriptions erased");
            Assert.That(rows.Select(r => r.ReasonEnc), Is.All.Null, "the rejection reason erased");
            Assert.That(rows.Select(r => r.DocumentCount), Is.All.Zero);
            Assert.That(rows.Select(r => r.AskedFen), Is.EqualTo(new long[] { 3_000, 20_000, 2_000 }), "amounts stay");
            Assert.That(rows[2].ApprovedFen, Is.EqualTo(1_800));
        });
        Assert.That(await db.ExecuteScalarAsync<int>("""
            SELECT COUNT(*) FROM mutual_aid_claim_document d JOIN mutual_aid_claim c ON c.id = d.claim_id WHERE c.member_id = @Id
            """, new { me.Id }), Is.Zero, "documents deleted");
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT approved_fen FROM mutual_aid_cover WHERE enrolment_id = @enrolmentId AND event_type = 'accident'",
            new { enrolmentId }), Is.EqualTo(1_800), "the enrolment and the cap used stay");
        Assert.That(Seed.Pii.Decrypt((await db.ExecuteScalarAsync<byte[]>("SELECT description_enc FROM mutual_aid_claim WHERE id = @othersClaim",
            new { othersClaim }))!), Is.EqualTo(OthersText), "another member's claim is untouched");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM card_check WHERE member_id = @Id", new { me.Id }), Is.EqualTo(2),
            "card checks name the id only and stay, like the audit log");
        await Problem.ExpectAsync(await checker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{submitted}/approve", new { approvedFen = 100 }), 409,
            "mutual_aid.claim_wrong_state");
        var detail = await JsonAsync(await checker.GetAsync($"/api/v1/admin/mutual-aid/claims/{rejected}?reason=年度核对"), 200);
        Assert.That(detail.GetProperty("claim").GetProperty("description").ValueKind, Is.EqualTo(JsonValueKind.Null), "the staff read shows nothing erased");
        Assert.That(detail.GetProperty("documents").GetArrayLength(), Is.Zero);
    }
}
