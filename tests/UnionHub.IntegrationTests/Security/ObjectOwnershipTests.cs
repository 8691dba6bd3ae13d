using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Funds;
using UnionHub.IntegrationTests.Features.Merchants;

namespace UnionHub.IntegrationTests.Security;

/// <summary>
/// OWASP API1 (broken object level authorisation): every member or merchant route with an id in its path, taken from the
/// OpenAPI document, answers 404 when the id is another member's or merchant's object, and changes nothing. A new route with
/// an id fails this test until it is given an owned-object fixture below (or is listed as a shared resource).
/// </summary>
public sealed class ObjectOwnershipTests : FundsTest
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();

    /// <summary>Routes whose id names a resource every eligible member may use (not anyone's own object).</summary>
    /// A hardship round's public notice is public to the round's members by design, objections are lodged against
    /// other members' declarations, and a package choice is the caller's own row in a shared round. Articles, activities and
    /// surveys are published to an organisation's subtree (their own tests prove the 404 outside it); a sign-up, a check-in
    /// code and a survey answer are the caller's own row in them.
    private static readonly HashSet<string> Shared =
    [
        "/api/v1/perks/{id}", "/api/v1/perks/{id}/claims",
        "/api/v1/hardship/rounds/{id}/notice", "/api/v1/hardship/declarations/{id}/objections", "/api/v1/hardship/rounds/{id}/package-choice",
        "/api/v1/articles/{id}", "/api/v1/surveys/{id}", "/api/v1/surveys/{id}/answers",
        "/api/v1/activities/{id}", "/api/v1/activities/{id}/signup", "/api/v1/activities/{id}/check-in-code", "/api/v1/activities/{id}/check-in",
        "/api/v1/lotteries/{id}", "/api/v1/lotteries/{id}/application", "/api/v1/lotteries/{id}/decline",
        "/api/v1/stations/{id}", // a rest station is open to every member, whatever their organisation
    ];

    [Test]
    public async Task Every_member_and_merchant_route_with_an_id_is_404_for_another_callers_object()
    {
        // member A owns a voucher, a draft application and its evidence; merchant A owns a redemption
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer);
        var memberA = await NewVerifiedMemberAsync();
        var memberB = await NewVerifiedMemberAsync();
        var app = await ApplyAsync(memberA, fundId, draft: true);
        using var a = WithToken(MemberToken(memberA));
        using var b = WithToken(MemberToken(memberB));
        var upload = new ByteArrayContent(Pdf);
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var file = (await JsonAsync(await a.PostAsync($"/api/v1/me/fund-applications/{app}/evidence", upload), 201)).GetProperty("id").GetString()!;
        var legalCase = (await JsonAsync(await a.PostAsJsonAsync("/api/v1/legal-aid/cases", new
        {
            disputeType = "wage_arrears", employerName = "某某建筑劳务有限公司", amountAtStakeFen = 1_000_000L, description = "欠薪", urgent = false,
        }), 201)).GetProperty("id").GetString()!;
        var caseDocument = (await JsonAsync(await a.PostAsync($"/api/v1/me/legal-aid/cases/{legalCase}/documents", PdfContent()), 201))
            .GetProperty("id").GetString()!;

        using var admin = await AdminAsync();
        var merchantA = await MerchantAdminTests.CreateMerchantAsync(admin, "甲商户");
        var merchantB = await MerchantAdminTests.CreateMerchantAsync(admin, "乙商户");
        var (_, keyA) = await MerchantAdminTests.CreateKeyAsync(admin, merchantA);
        var (_, keyB) = await MerchantAdminTests.CreateKeyAsync(admin, merchantB);
        using var tillA = Anonymous();
        tillA.DefaultRequestHeaders.Add("X-Api-Key", keyA);
        using var tillB = Anonymous();
        tillB.DefaultRequestHeaders.Add("X-Api-Key", keyB);
        var redeemed = await RedemptionTests.SeedVoucherAsync(1000, [merchantA, merchantB]);
        var redemption = (await JsonAsync(await tillA.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = redeemed.Code }), 201))
            .GetProperty("redemptionId").GetString()!;
        var voucher = await RedemptionTests.SeedVoucherAsync(500, [merchantA]);
        await using var db = await DbAsync();
        await db.ExecuteAsync("UPDATE voucher SET member_id = @memberA WHERE id = @Id", new { memberA, voucher.Id });
        await UnionHub.Api.Platform.Outbox.EnqueueAsync(db, null, Api.Clock.GetUtcNow(), memberA, UnionHub.Api.Platform.NotificationKinds.FundPaid,
            new { applicationId = app }, default);
        var notice = await db.ExecuteScalarAsync<long>("SELECT MAX(id) FROM member_inbox WHERE member_id = @memberA", new { memberA });
        // A's hardship declaration under review, with one document A attached
        var declaration = await db.ExecuteScalarAsync<long>("""
            INSERT INTO hardship_declaration (round_id, member_id, household_id, org_id, org_path, tier, reason, declared_by_kind, declared_by,
                                              status, open_key, document_count, created_at, updated_at)
            VALUES (0, @memberA, 0, 0, '/0/', 'deep', 'major_illness', 'member', @memberA, 'submitted', @memberA, 1, NOW(6), NOW(6));
            SELECT LAST_INSERT_ID();
            """, new { memberA });
        var declarationDocument = await db.ExecuteScalarAsync<long>("""
            INSERT INTO hardship_declaration_document (declaration_id, content_type, size_bytes, sha256, data, created_at)
            VALUES (@declaration, 'application/pdf', @size, @sha, @Pdf, NOW(6));
            SELECT LAST_INSERT_ID();
            """, new { declaration, size = Pdf.Length, sha = new byte[32], Pdf });

        // A's pending join application and pending transfer request (the bytes stand in for ciphertext: B never gets to read them)
        var joinApplication = await db.ExecuteScalarAsync<long>("""
            INSERT INTO membership_application (member_id, org_id, id_hash, id_enc, name_hash, name_enc, phone_hash, phone_enc, employment,
                                                status, open_member_id, created_at, updated_at)
            VALUES (@memberA, 0, @h, @h, @h, @h, @h, @h, 'employed', 'pending', @memberA, NOW(6), NOW(6));
            SELECT LAST_INSERT_ID();
            """, new { memberA, h = new byte[32] });
        var transferRequest = await db.ExecuteScalarAsync<long>("""
            INSERT INTO membership_transfer_request (member_id, from_org_id, to_org_id, reason_enc, status, open_member_id, created_at, updated_at)
            VALUES (@memberA, 0, 0, @h, 'pending', @memberA, NOW(6), NOW(6));
            SELECT LAST_INSERT_ID();
            """, new { memberA, h = new byte[32] });

        // A's mutual-aid enrolment and a claim under it awaiting review
        var enrolment = await db.ExecuteScalarAsync<long>("""
            INSERT INTO mutual_aid_enrolment (plan_id, member_id, source, created_at) VALUES (0, @memberA, 'member', NOW(6));
            SELECT LAST_INSERT_ID();
            """, new { memberA });
        var aidClaim = await db.ExecuteScalarAsync<long>("""
            INSERT INTO mutual_aid_claim (enrolment_id, plan_id, member_id, event_type, event_on, asked_fen, description_enc, status, document_count,
                                          created_at, updated_at)
            VALUES (@enrolment, 0, @memberA, 'accident', CURDATE(), 100, @h, 'submitted', 0, NOW(6), NOW(6));
            SELECT LAST_INSERT_ID();
            """, new { enrolment, memberA, h = new byte[32] });

        // template -> (A's ids in the path, the body B sends)
        var owned = new Dictionary<string, (string Path, Func<HttpContent?> Body)>
        {
            ["/api/v1/me/vouchers/{id}"] = ($"/api/v1/me/vouchers/{voucher.Id}", () => null),
            ["/api/v1/me/fund-applications/{id}"] = ($"/api/v1/me/fund-applications/{app}", () => JsonContent.Create(ApplicationBody(fundId, 1))),
            ["/api/v1/me/fund-applications/{id}/submit"] = ($"/api/v1/me/fund-applications/{app}/submit", () => null),
            ["/api/v1/me/fund-applications/{id}/withdraw"] = ($"/api/v1/me/fund-applications/{app}/withdraw", () => null),
            ["/api/v1/me/fund-applications/{id}/evidence"] = ($"/api/v1/me/fund-applications/{app}/evidence", () =>
            {
                var c = new ByteArrayContent(Pdf);
                c.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                return c;
            }),
            ["/api/v1/me/fund-applications/{id}/evidence/{fileId}"] = ($"/api/v1/me/fund-applications/{app}/evidence/{file}", () => null),
            ["/api/v1/me/legal-aid/cases/{id}"] = ($"/api/v1/me/legal-aid/cases/{legalCase}", () => null),
            ["/api/v1/me/legal-aid/cases/{id}/documents"] = ($"/api/v1/me/legal-aid/cases/{legalCase}/documents", PdfContent),
            ["/api/v1/me/legal-aid/cases/{id}/withdraw"] = ($"/api/v1/me/legal-aid/cases/{legalCase}/withdraw", () => null),
            ["/api/v1/me/legal-aid/cases/{id}/documents/{documentId}"] =
                ($"/api/v1/me/legal-aid/cases/{legalCase}/documents/{caseDocument}", () => null),
            ["/api/v1/me/hardship/declarations/{id}/documents"] = ($"/api/v1/me/hardship/declarations/{declaration}/documents", PdfContent),
            ["/api/v1/me/hardship/declarations/{id}/documents/{fileId}"] =
                ($"/api/v1/me/hardship/declarations/{declaration}/documents/{declarationDocument}", () => null),
            ["/api/v1/membership/applications/{id}/withdraw"] = ($"/api/v1/membership/applications/{joinApplication}/withdraw", () => null),
            ["/api/v1/membership/transfer-requests/{id}/withdraw"] =
                ($"/api/v1/membership/transfer-requests/{transferRequest}/withdraw", () => null),
            ["/api/v1/me/mutual-aid/enrolments/{id}"] = ($"/api/v1/me/mutual-aid/enrolments/{enrolment}", () => null),
            ["/api/v1/me/mutual-aid/claims/{id}/documents"] = ($"/api/v1/me/mutual-aid/claims/{aidClaim}/documents", PdfContent),
            ["/api/v1/me/notifications/{id}/read"] = ($"/api/v1/me/notifications/{notice}/read", () => null),
            ["/api/v1/merchant/redemptions/{redemptionId}/void"] = ($"/api/v1/merchant/redemptions/{redemption}/void",
                () => JsonContent.Create(new { reason = "不是我的" })),
        };

        // the fixtures are real: their owners can read them
        Assert.That((int)(await a.GetAsync(owned["/api/v1/me/vouchers/{id}"].Path)).StatusCode, Is.EqualTo(200));
        Assert.That((int)(await a.GetAsync(owned["/api/v1/me/fund-applications/{id}"].Path)).StatusCode, Is.EqualTo(200));
        Assert.That((int)(await a.GetAsync(owned["/api/v1/me/fund-applications/{id}/evidence/{fileId}"].Path)).StatusCode, Is.EqualTo(200));

        var failures = new List<string>();
        var checkedRoutes = 0;
        foreach (var op in (await Operation.AllAsync(a)).Where(o => o.Area is "member" or "merchant" && o.PathTemplate.Contains('{')))
        {
            if (Shared.Contains(op.PathTemplate))
            {
                continue;
            }

            if (!owned.TryGetValue(op.PathTemplate, out var fixture))
            {
                failures.Add($"{op}: no owned-object fixture in this test: add one (or list the route as shared)");
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(op.Method), fixture.Path) { Content = fixture.Body() };
            var response = await (op.Area == "merchant" ? tillB : b).SendAsync(request);
            checkedRoutes++;
            if ((int)response.StatusCode != 404 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{op} with another's id: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.That(failures, Is.Empty);
        Assert.That(checkedRoutes, Is.GreaterThanOrEqualTo(owned.Count), "every fixture was exercised");

        // nothing changed for the owners
        Assert.That(await StatusOfAsync(app), Is.EqualTo("draft"));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_evidence WHERE application_id = @app", new { app }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM redemption WHERE voided_at IS NOT NULL"), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT requested_fen FROM fund_application WHERE id = @app", new { app }), Is.Not.EqualTo(1));
        Assert.That((int)(await a.GetAsync($"/api/v1/me/legal-aid/cases/{legalCase}/documents/{caseDocument}")).StatusCode, Is.EqualTo(200));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM legal_case_document"), Is.EqualTo(1), "B added nothing to A's case");
        Assert.That((int)(await a.GetAsync($"/api/v1/me/hardship/declarations/{declaration}/documents/{declarationDocument}")).StatusCode, Is.EqualTo(200));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_declaration_document WHERE declaration_id = @declaration",
            new { declaration }), Is.EqualTo(1), "B added nothing to A's declaration");
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM legal_case WHERE id = @legalCase", new { legalCase }), Is.EqualTo("submitted"),
            "B did not withdraw A's case");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT document_count FROM mutual_aid_claim WHERE id = @aidClaim", new { aidClaim }), Is.Zero,
            "B attached nothing to A's claim");
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM membership_application WHERE id = @joinApplication", new { joinApplication }),
            Is.EqualTo("pending"), "B did not withdraw A's join application");
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM membership_transfer_request WHERE id = @transferRequest", new { transferRequest }),
            Is.EqualTo("pending"), "B did not withdraw A's transfer request");
    }

    private static ByteArrayContent PdfContent()
    {
        var c = new ByteArrayContent(Pdf);
        c.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return c;
    }
}
