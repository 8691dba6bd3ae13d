using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.MutualAid;

/// <summary>
/// Mutual-aid cover (issue #21 item 2): plans, self and bulk enrolment, certificates, claims with documents, review within the cap,
/// two-person payment, figures; scope (404 outside the subtree) and concurrency with real parallel requests.
/// </summary>
public sealed class MutualAidTests : ApiTest
{
    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Today => DateOnly.FromDateTime(Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>An open plan of <paramref name="admin"/>'s organisation: accident capped at <paramref name="accidentCapFen"/>, critical illness at 50,000 yuan.</summary>
    private static async Task<string> CreatePlanAsync(HttpClient admin, long orgId, long accidentCapFen = 10_000, string status = "open", string? key = null,
        string? fundId = null)
    {
        fundId ??= await MutualAidFunds.CreateAsync(orgId);
        var body = new
        {
            fundId,
            name = "2026年度职工互助保障", coversFrom = Today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            coversTo = Today.AddDays(335).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), priceFen = 3_000, paidBy = "union", status,
            benefits = new object[] { new { eventType = "accident", capFen = accidentCapFen }, new { eventType = "critical_illness", capFen = 5_000_000 } },
        };
        var plan = await JsonAsync(await PostKeyedAsync(admin, "/api/v1/admin/mutual-aid/plans", body, key), 201);
        return plan.GetProperty("id").GetString()!;
    }

    private static async Task<string> EnrolAsync(HttpClient member, string planId) =>
        (await JsonAsync(await member.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 201)).GetProperty("id").GetString()!;

    private static Task<HttpResponseMessage> ClaimAsync(HttpClient member, string enrolmentId, long askedFen, string eventType = "accident",
        string description = "下班途中摔伤右腿，住院三天") =>
        member.PostAsJsonAsync("/api/v1/me/mutual-aid/claims", new
        {
            enrolmentId, eventType, eventOn = Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), askedFen, description,
        });

    private static async Task<HttpResponseMessage> BatchAsync(HttpClient admin, long orgId, string planId, string csv, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orgs/{S(orgId)}/mutual-aid-plans/{planId}/enrolments")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await admin.SendAsync(request);
    }

    [Test]
    public async Task Two_reviewers_approving_at_once_never_pass_the_cap()
    {
        var city = await Seed.OrgAsync("市总工会");
        var workplace = await Seed.OrgAsync("东风机械厂工会", city);
        using var admin = await NewStaffAsync("org_admin", S(city));
        using var secondReviewer = await NewStaffAsync("org_admin", S(city));
        var planId = await CreatePlanAsync(admin, city, accidentCapFen: 10_000);

        for (var round = 0; round < 4; round++)
        {
            var memberId = await Seed.VerifiedMemberAsync(workplace);
            using var member = WithToken(MemberToken(memberId));
            var enrolmentId = await EnrolAsync(member, planId);
            // each claim alone fits the cap (10,000 fen), both together do not
            var first = (await JsonAsync(await ClaimAsync(member, enrolmentId, 6_000), 201)).GetProperty("id").GetString();
            var second = (await JsonAsync(await ClaimAsync(member, enrolmentId, 6_000), 201)).GetProperty("id").GetString();

            var answers = await Task.WhenAll(
                admin.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{first}/approve", new { approvedFen = 6_000 }),
                secondReviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{second}/approve", new { approvedFen = 6_000 }));
            var statuses = answers.Select(a => (int)a.StatusCode).Order().ToArray();
            Assert.That(statuses, Is.EqualTo(new[] { 200, 409 }), string.Join(" | ", await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()))));
            await Problem.ExpectAsync(answers.Single(a => (int)a.StatusCode == 409), 409, "mutual_aid.over_cap");

            await using var db = await DbAsync();
            Assert.That(await db.ExecuteScalarAsync<long>(
                "SELECT approved_fen FROM mutual_aid_cover WHERE enrolment_id = @enrolmentId AND event_type = 'accident'", new { enrolmentId }),
                Is.EqualTo(6_000), "one approval counted");
            Assert.That(await db.ExecuteScalarAsync<long>(
                "SELECT COALESCE(SUM(approved_fen), 0) FROM mutual_aid_claim WHERE enrolment_id = @enrolmentId AND status = 'approved'", new { enrolmentId }),
                Is.EqualTo(6_000), "the claims' approved total stays within the cap");
            Assert.That(await db.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM mutual_aid_claim WHERE enrolment_id = @enrolmentId AND status = 'submitted'", new { enrolmentId }), Is.EqualTo(1),
                "the refused approval left its claim awaiting review");

            // the rest of the cap can still be approved, and the same claim cannot be decided twice at once
            var pending = answers[0].IsSuccessStatusCode ? second : first;
            var twice = await Task.WhenAll(
                admin.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{pending}/approve", new { approvedFen = 4_000 }),
                secondReviewer.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{pending}/approve", new { approvedFen = 4_000 }));
            Assert.That(twice.Select(a => (int)a.StatusCode).Order(), Is.EqualTo(new[] { 200, 409 }));
            Assert.That(await db.ExecuteScalarAsync<long>(
                "SELECT approved_fen FROM mutual_aid_cover WHERE enrolment_id = @enrolmentId AND event_type = 'accident'", new { enrolmentId }),
                Is.EqualTo(10_000));
        }
    }

    [Test]
    public async Task Racing_self_enrolments_give_one_enrolment()
    {
        var org = await Seed.OrgAsync();
        using var admin = await NewStaffAsync("org_admin", S(org));
        var planId = await CreatePlanAsync(admin, org);
        var memberId = await Seed.VerifiedMemberAsync(org);
        using var member = WithToken(MemberToken(memberId));

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            PostKeyedAsync(member, "/api/v1/mutual-aid/enrolments", new { planId }, $"enrol-{i}")));
        Assert.That(answers.Count(a => (int)a.StatusCode == 201), Is.EqualTo(1));
        foreach (var refused in answers.Where(a => (int)a.StatusCode != 201))
        {
            await Problem.ExpectAsync(refused, 409, "mutual_aid.already_enrolled");
        }

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_enrolment WHERE plan_id = @planId", new { planId }), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_cover"), Is.EqualTo(2), "one cover row per benefit");

        // the certificate, and the plan list naming the enrolment
        var enrolmentId = (await JsonAsync(answers.Single(a => (int)a.StatusCode == 201), 201)).GetProperty("id").GetString();
        var certificate = await JsonAsync(await member.GetAsync($"/api/v1/me/mutual-aid/enrolments/{enrolmentId}"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(certificate.GetProperty("certificateNo").GetString(), Does.StartWith("HZ"));
            Assert.That(certificate.GetProperty("memberName").GetString(), Is.EqualTo("张*"));
            Assert.That(certificate.GetProperty("benefits").GetArrayLength(), Is.EqualTo(2));
            Assert.That(certificate.GetProperty("coversTo").GetString(), Is.EqualTo(Today.AddDays(335).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        });
        var plans = await JsonAsync(await member.GetAsync("/api/v1/mutual-aid/plans"), 200);
        Assert.That(plans.EnumerateArray().Single().GetProperty("enrolmentId").GetString(), Is.EqualTo(enrolmentId));

        // another member cannot read it; an unverified member cannot enrol; a draft plan is not there to enrol in
        using var stranger = WithToken(MemberToken(await Seed.VerifiedMemberAsync(org, "李四")));
        await Problem.ExpectAsync(await stranger.GetAsync($"/api/v1/me/mutual-aid/enrolments/{enrolmentId}"), 404, "not_found");
        using var unverified = WithToken(MemberToken(await Seed.UnverifiedMemberAsync()));
        await Problem.ExpectAsync(await unverified.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 403, "mutual_aid.member_not_verified");
        var draft = await CreatePlanAsync(admin, org, status: "draft");
        await Problem.ExpectAsync(await member.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId = draft }), 404, "not_found");
        await JsonAsync(await admin.PostAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/status", new { status = "closed" }), 200);
        await Problem.ExpectAsync(await stranger.PostAsJsonAsync("/api/v1/mutual-aid/enrolments", new { planId }), 409, "mutual_aid.plan_not_open");
        await Problem.ExpectAsync(await admin.PostAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/status", new { status = "open" }), 409,
            "mutual_aid.status_change_invalid");
    }

    [Test]
    public async Task Bulk_enrolment_with_one_bad_row_commits_nothing_and_reports_the_row()
    {
        var city = await Seed.OrgAsync("市总工会");
        var workplace = await Seed.OrgAsync("东风机械厂工会", city);
        var other = await Seed.OrgAsync("另一市总工会");
        using var admin = await NewStaffAsync("org_admin", S(city));
        var planId = await CreatePlanAsync(admin, city);
        var members = new[] { await Seed.VerifiedMemberAsync(workplace), await Seed.VerifiedMemberAsync(workplace, "李四"), await Seed.VerifiedMemberAsync(city, "王五") };
        var outsider = await Seed.VerifiedMemberAsync(other, "赵六");
        await using var db = await DbAsync();
        var cards = (await db.QueryAsync<string>("SELECT member_card_no FROM member WHERE id IN @members ORDER BY id", new { members })).ToList();
        var outsiderCard = await db.ExecuteScalarAsync<string>("SELECT member_card_no FROM member WHERE id = @outsider", new { outsider });
        var idNumber = Seed.Pii.Decrypt((await db.ExecuteScalarAsync<byte[]>("SELECT id_enc FROM member WHERE id = @id", new { id = members[2] }))!);

        // line 4: a member of another city (outside the subtree); line 5: a broken ID number; line 6: the first member again
        var bad = $"会员卡号,身份证号,姓名\n{cards[0]},,\n{cards[1]},,李四\n{outsiderCard},,\n,11010519800101123,\n{cards[0]},,\n";
        var refused = await Problem.ExpectAsync(await BatchAsync(admin, city, planId, bad, "batch-1"), 422, "mutual_aid.batch_rows_invalid");
        var rejected = refused.Raw.GetProperty("rejected").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("code").GetString())).ToList();
        Assert.That(rejected, Is.EqualTo(new[]
        {
            (4, "mutual_aid_batch.member_not_found"), (5, "mutual_aid_batch.id_number_invalid"), (6, "mutual_aid_batch.duplicate_member"),
        }));
        Assert.That(refused.Raw.GetProperty("rows").GetInt32(), Is.EqualTo(5));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_enrolment"), Is.Zero, "nothing was enrolled");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_batch"), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_cover"), Is.Zero);

        // a wrong name is refused as an unknown member
        await Problem.ExpectAsync(await BatchAsync(admin, city, planId, $"会员卡号,姓名\n{cards[1]},错名\n"), 422, "mutual_aid.batch_rows_invalid");

        // one member enrolled themselves already: counted, not enrolled twice
        using var third = WithToken(MemberToken(members[2]));
        await EnrolAsync(third, planId);
        var good = $"身份证号,会员卡号\n{idNumber},\n,{cards[0]}\n,{cards[1]}\n";
        var batch = await JsonAsync(await BatchAsync(admin, city, planId, good, "batch-2"), 201);
        Assert.Multiple(() =>
        {
            Assert.That(batch.GetProperty("rows").GetInt32(), Is.EqualTo(3));
            Assert.That(batch.GetProperty("enrolled").GetInt32(), Is.EqualTo(2));
            Assert.That(batch.GetProperty("alreadyEnrolled").GetInt32(), Is.EqualTo(1));
        });
        var replay = await JsonAsync(await BatchAsync(admin, city, planId, good, "batch-2"), 201);
        Assert.That(replay.GetProperty("id").GetString(), Is.EqualTo(batch.GetProperty("id").GetString()), "the same key replays the answer");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_enrolment WHERE plan_id = @planId", new { planId }), Is.EqualTo(3));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_enrolment WHERE source = 'batch'"), Is.EqualTo(2));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_cover"), Is.EqualTo(6), "two benefits for each of three enrolments");
        using var first = WithToken(MemberToken(members[0]));
        var mine = await JsonAsync(await first.GetAsync("/api/v1/me/mutual-aid/enrolments"), 200);
        Assert.That(mine.EnumerateArray().Single().GetProperty("source").GetString(), Is.EqualTo("batch"));

        // another city's admin cannot enrol into this organisation, nor the workplace's admin above its subtree
        using var otherAdmin = await NewStaffAsync("org_admin", S(other));
        await Problem.ExpectAsync(await BatchAsync(otherAdmin, city, planId, good), 404, "not_found");
        await Problem.ExpectAsync(await BatchAsync(otherAdmin, other, planId, $"会员卡号\n{outsiderCard}\n"), 404, "not_found");
        await Problem.ExpectAsync(await BatchAsync(admin, city, planId, "姓名\n张三\n"), 422, "mutual_aid.batch_invalid_header");
    }

    [Test]
    public async Task A_claim_is_stored_encrypted_reviewed_and_paid_by_two_people_and_counted()
    {
        var city = await Seed.OrgAsync("市总工会");
        var other = await Seed.OrgAsync("另一市总工会");
        using var maker = await NewStaffAsync("org_admin", S(city));
        using var checker = await NewStaffAsync("org_admin", S(city));
        using var outsider = await NewStaffAsync("org_admin", S(other));
        var fundId = await MutualAidFunds.CreateAsync(city);
        var planId = await CreatePlanAsync(maker, city, key: "plan-1", fundId: fundId);
        Assert.That(await CreatePlanAsync(maker, city, key: "plan-1", fundId: fundId), Is.EqualTo(planId), "creating a plan is idempotent");
        var memberId = await Seed.VerifiedMemberAsync(city);
        using var member = WithToken(MemberToken(memberId));
        var enrolmentId = await EnrolAsync(member, planId);

        const string text = "确诊甲状腺癌，需手术治疗，联系电话13911112222";
        var claim = await JsonAsync(await ClaimAsync(member, enrolmentId, 2_000_000, "critical_illness", text), 201);
        var claimId = claim.GetProperty("id").GetString();
        Assert.That(claim.GetProperty("status").GetString(), Is.EqualTo("submitted"));
        await using var db = await DbAsync();
        var stored = await db.ExecuteScalarAsync<byte[]>("SELECT description_enc FROM mutual_aid_claim WHERE id = @claimId", new { claimId });
        Assert.That(Encoding.UTF8.GetString(stored!), Does.Not.Contain("甲状腺癌").And.Not.Contain("13911112222"), "the description is not stored in plain text");
        Assert.That(Seed.Pii.Decrypt(stored!), Is.EqualTo(text), "it is the description, encrypted");

        // documents: the case-file upload path (stored encrypted)
        var pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();
        var upload = new ByteArrayContent(pdf);
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var document = await JsonAsync(await member.PostAsync($"/api/v1/me/mutual-aid/claims/{claimId}/documents", upload), 201);
        var storedFile = await db.ExecuteScalarAsync<byte[]>("SELECT data FROM mutual_aid_claim_document WHERE claim_id = @claimId", new { claimId });
        Assert.That(storedFile, Is.Not.EqualTo(pdf), "the document is encrypted at rest");

        // claims the plan does not cover or over the cap are refused; nothing is written
        await Problem.ExpectAsync(await ClaimAsync(member, enrolmentId, 100, "maternity"), 422, "mutual_aid.event_not_covered");
        await Problem.ExpectAsync(await ClaimAsync(member, enrolmentId, 5_000_001, "critical_illness"), 422, "mutual_aid.over_cap");

        // out-of-subtree staff get 404 everywhere; the queue of the plan's staff lists the claim without its text
        await Problem.ExpectAsync(await outsider.GetAsync($"/api/v1/admin/mutual-aid/claims/{claimId}?reason=核对"), 404, "not_found");
        await Problem.ExpectAsync(await outsider.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/approve", new { approvedFen = 1 }), 404, "not_found");
        await Problem.ExpectAsync(await outsider.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/reject", new { reason = "不符" }), 404, "not_found");
        await Problem.ExpectAsync(await outsider.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment", null), 404, "not_found");
        await Problem.ExpectAsync(await outsider.GetAsync(
            $"/api/v1/admin/mutual-aid/claims/{claimId}/documents/{document.GetProperty("id").GetString()}?reason=核对"), 404, "not_found");
        await Problem.ExpectAsync(await outsider.GetAsync($"/api/v1/admin/mutual-aid/plans/{planId}/figures"), 404, "not_found");
        await Problem.ExpectAsync(await outsider.PostAsJsonAsync($"/api/v1/admin/mutual-aid/plans/{planId}/status", new { status = "closed" }), 404, "not_found");
        Assert.That((await JsonAsync(await outsider.GetAsync("/api/v1/admin/mutual-aid/claims"), 200)).GetProperty("items").GetArrayLength(), Is.Zero);
        Assert.That((await JsonAsync(await outsider.GetAsync("/api/v1/admin/mutual-aid/plans"), 200)).GetProperty("items").GetArrayLength(), Is.Zero);
        var queue = await JsonAsync(await checker.GetAsync("/api/v1/admin/mutual-aid/claims?status=submitted"), 200);
        Assert.That(queue.GetProperty("items").EnumerateArray().Single().GetProperty("description").ValueKind, Is.EqualTo(JsonValueKind.Null));
        await Problem.ExpectAsync(await checker.GetAsync($"/api/v1/admin/mutual-aid/claims/{claimId}"), 400, "access.reason_required");
        var detail = await JsonAsync(await checker.GetAsync($"/api/v1/admin/mutual-aid/claims/{claimId}?reason=理赔审核"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(detail.GetProperty("claim").GetProperty("description").GetString(), Does.Contain("甲状腺癌").And.Not.Contain("13911112222"));
            Assert.That(detail.GetProperty("capFen").GetInt64(), Is.EqualTo(5_000_000));
            Assert.That(detail.GetProperty("documents").GetArrayLength(), Is.EqualTo(1));
        });
        Assert.That((int)(await checker.GetAsync(
            $"/api/v1/admin/mutual-aid/claims/{claimId}/documents/{document.GetProperty("id").GetString()}?reason=理赔审核")).StatusCode, Is.EqualTo(200));

        // approve more than asked: refused; approve, then maker and checker must differ
        await Problem.ExpectAsync(await maker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/approve", new { approvedFen = 2_000_001 }), 422,
            "validation.failed");
        await Problem.ExpectAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment", null), 409, "mutual_aid.claim_wrong_state");
        await JsonAsync(await maker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/approve", new { approvedFen = 1_500_000 }), 200);
        await JsonAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment", null), 200);
        await Problem.ExpectAsync(await maker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment/confirm", null), 403, "mutual_aid.same_staff");
        var paid = await JsonAsync(await checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment/confirm", null), 200);
        Assert.That(paid.GetProperty("status").GetString(), Is.EqualTo("paid"));
        await Problem.ExpectAsync(await checker.PostAsync($"/api/v1/admin/mutual-aid/claims/{claimId}/payment/confirm", null), 409,
            "mutual_aid.claim_wrong_state");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM mutual_aid_claim WHERE id = @claimId AND pay_proposed_by <> paid_by "
            + "AND approved_fen = 1500000 AND status = 'paid'", new { claimId }), Is.EqualTo(1), "maker and checker differ");

        // a second claim rejected with a reason the member reads
        var rejectedId = (await JsonAsync(await ClaimAsync(member, enrolmentId, 3_000), 201)).GetProperty("id").GetString();
        await Problem.ExpectAsync(await checker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{rejectedId}/reject", new { reason = " " }), 422,
            "validation.failed");
        await JsonAsync(await checker.PostAsJsonAsync($"/api/v1/admin/mutual-aid/claims/{rejectedId}/reject", new { reason = "事故发生在保障期外" }), 200);
        var history = await JsonAsync(await member.GetAsync("/api/v1/me/mutual-aid/claims"), 200);
        var items = history.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(i => i.GetProperty("status").GetString()), Is.EqualTo(new[] { "rejected", "paid" }));
        Assert.That(items[0].GetProperty("rejectReason").GetString(), Is.EqualTo("事故发生在保障期外"));
        var certificate = await JsonAsync(await member.GetAsync($"/api/v1/me/mutual-aid/enrolments/{enrolmentId}"), 200);
        Assert.That(certificate.GetProperty("benefits").EnumerateArray().Single(b => b.GetProperty("eventType").GetString() == "critical_illness")
            .GetProperty("remainingFen").GetInt64(), Is.EqualTo(3_500_000));

        var figures = await JsonAsync(await maker.GetAsync($"/api/v1/admin/mutual-aid/plans/{planId}/figures"), 200);
        var year = figures.GetProperty("years").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(figures.GetProperty("enrolled").GetInt32(), Is.EqualTo(1));
            Assert.That(year.GetProperty("claimsFiled").GetInt32(), Is.EqualTo(2));
            Assert.That(year.GetProperty("claimsApproved").GetInt32(), Is.EqualTo(1));
            Assert.That(year.GetProperty("claimsPaid").GetInt32(), Is.EqualTo(1));
            Assert.That(year.GetProperty("askedFen").GetInt64(), Is.EqualTo(2_003_000));
            Assert.That(year.GetProperty("paidFen").GetInt64(), Is.EqualTo(1_500_000));
        });
    }
}
