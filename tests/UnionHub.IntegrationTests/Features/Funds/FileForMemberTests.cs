using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Funds;

/// <summary>
/// Issue 17 item 5: staff at the counter file a relief application for a member (代为申请), or for the family of a deceased
/// member with the bank account the grant is paid to. The same rules as the member's own application; the family's personal
/// data encrypted at rest, masked in responses, in full only through the reason-audited read.
/// </summary>
public sealed class FileForMemberTests : FundsTest
{
    private const string FamilyIdNumber = "110105196502030024";
    private const string FamilyAccount = "6222021234567890123";
    private const string FamilyPhone = "13698765432";

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static object FamilyBody(string fundId, long requestedFen = 500_000) => new
    {
        fundId,
        category = "sudden_event",
        requestedFen,
        reason = "会员因病身故，家属申请温暖基金",
        onBehalfOf = "deceased_member_family",
        applicant = new
        {
            name = "李秀英",
            relationship = "spouse",
            idNumber = FamilyIdNumber,
            phone = FamilyPhone,
            bankName = "中国工商银行北京分行",
            bankAccount = "6222 0212 3456 7890 123",
            accountHolder = "李秀英",
        },
    };

    private static Task<HttpResponseMessage> FileAsync(HttpClient staff, long memberId, object body, string? idempotencyKey = null) =>
        PostKeyedAsync(staff, $"/api/v1/admin/members/{memberId}/fund-applications", body, idempotencyKey);

    private static async Task<int> ApplicationsOfAsync(long memberId)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application WHERE member_id = @memberId", new { memberId });
    }

    [Test]
    public async Task An_org_admin_files_for_a_member_of_their_subtree_and_the_member_and_reviewers_see_who_filed_it()
    {
        var city = await Seed.OrgAsync("市总工会");
        var districtA = await Seed.OrgAsync("A 区总工会", city);
        var districtB = await Seed.OrgAsync("B 区总工会", city);
        using var reviewer = await NewStaffAsync("reviewer");
        using var counter = await NewStaffAsync("org_admin", S(districtA));
        var fundId = await CreateFundAsync(reviewer, orgId: city, kind: "warmth");
        var memberId = await Seed.VerifiedMemberAsync(districtA);
        var outsider = await Seed.VerifiedMemberAsync(districtB);
        var fundOfB = await CreateFundAsync(reviewer, orgId: districtB);

        // the counter's fund picker: the city's fund serves district A's member, district B's fund does not
        var picker = await JsonAsync(await counter.GetAsync($"/api/v1/admin/members/{memberId}/funds"), 200);
        var offered = picker.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.That(offered, Does.Contain(fundId).And.Not.Contain(fundOfB));
        await Problem.ExpectAsync(await counter.GetAsync($"/api/v1/admin/members/{outsider}/funds"), 404, "not_found");

        var created = await JsonAsync(await FileAsync(counter, memberId, ApplicationBody(fundId, 120_000)), 201);
        var applicationId = created.GetProperty("id").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("status").GetString(), Is.EqualTo("submitted"));
            Assert.That(created.GetProperty("memberId").GetString(), Is.EqualTo(S(memberId)));
            Assert.That(created.GetProperty("onBehalfOf").GetString(), Is.EqualTo("member"));
            Assert.That(created.GetProperty("filedByName").GetString(), Does.StartWith("org_admin-"));
            Assert.That(created.GetProperty("applicant").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(created.GetProperty("contactPhoneMasked").GetString(), Is.EqualTo("138****5678"));
        });

        await using (var db = await DbAsync())
        {
            var row = await db.QuerySingleAsync<(long? FiledBy, string? OnBehalfOf, long? OpenKey)>(
                "SELECT filed_by, on_behalf_of, open_key FROM fund_application WHERE id = @applicationId", new { applicationId });
            var filer = await db.ExecuteScalarAsync<long>("SELECT id FROM staff_user WHERE username = @name",
                new { name = created.GetProperty("filedByName").GetString() });
            Assert.That(row, Is.EqualTo((filer, "member", memberId)));
            Assert.That(created.GetProperty("filedBy").GetString(), Is.EqualTo(S(filer)));
            Assert.That(await db.ExecuteScalarAsync<string>(
                "SELECT actor_kind FROM fund_application_history WHERE application_id = @applicationId", new { applicationId }), Is.EqualTo("staff"));
            Assert.That(await db.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'fund_application.file_on_behalf' AND entity_id = @applicationId",
                new { applicationId }), Is.EqualTo(1));
        }

        using var member = WithToken(MemberToken(memberId));
        var mine = await JsonAsync(await member.GetAsync("/api/v1/me/fund-applications"), 200);
        Assert.That(mine.GetProperty("items").EnumerateArray().Select(a => (a.GetProperty("id").GetString(), a.GetProperty("onBehalfOf").GetString())),
            Is.EqualTo(new[] { (applicationId, "member") }), "the member sees the application filed for them");

        var queue = await JsonAsync(await reviewer.GetAsync($"/api/v1/admin/fund-applications?fundId={fundId}"), 200);
        var queued = queue.GetProperty("items").EnumerateArray().Single();
        Assert.That(queued.GetProperty("filedBy").GetString(), Is.EqualTo(created.GetProperty("filedBy").GetString()));

        // outside the subtree: 404, nothing written; a member cannot call the staff route
        await Problem.ExpectAsync(await FileAsync(counter, outsider, ApplicationBody(fundId)), 404, "not_found");
        await Problem.ExpectAsync(await FileAsync(counter, 987_654_321, ApplicationBody(fundId)), 404, "not_found");
        Assert.That(await ApplicationsOfAsync(outsider), Is.Zero);
        Assert.That((int)(await FileAsync(member, memberId, ApplicationBody(fundId))).StatusCode, Is.EqualTo(403));
    }

    [Test]
    public async Task The_member_path_rules_apply_closed_fund_unverified_member_one_open_application_and_the_members_fund()
    {
        var city = await Seed.OrgAsync("市总工会");
        var districtA = await Seed.OrgAsync("A 区总工会", city);
        var districtB = await Seed.OrgAsync("B 区总工会", city);
        using var reviewer = await NewStaffAsync("reviewer");
        using var admin = await AdminAsync();
        using var counter = await NewStaffAsync("org_admin", S(districtA));
        var fundId = await CreateFundAsync(reviewer, orgId: districtA);
        var federationFund = await CreateFundAsync(reviewer);
        var fundOfB = await CreateFundAsync(reviewer, orgId: districtB);
        var closed = await CreateFundAsync(reviewer, orgId: districtA, opensAt: Api.Clock.GetUtcNow().AddDays(-30),
            closesAt: Api.Clock.GetUtcNow().AddHours(-1));
        var memberId = await Seed.VerifiedMemberAsync(districtA);

        // the member path answers fund.closed 409 for a closed fund: so does the counter
        await Problem.ExpectAsync(await ApplyRawAsync(memberId, ApplicationBody(closed)), 409, "fund.closed");
        await Problem.ExpectAsync(await FileAsync(counter, memberId, ApplicationBody(closed)), 409, "fund.closed");
        await Problem.ExpectAsync(await FileAsync(counter, memberId, ApplicationBody(fundOfB)), 422, "fund.not_for_member");
        await Problem.ExpectAsync(await FileAsync(counter, memberId, ApplicationBody("424242")), 404, "not_found");
        // an unverified member belongs to no organisation: only a super_admin sees them, and the member rule refuses
        await Problem.ExpectAsync(await FileAsync(admin, await Seed.UnverifiedMemberAsync(), ApplicationBody(federationFund)), 403,
            "member.not_verified");

        var invalid = await FileAsync(counter, memberId, new
        {
            fundId, category = "lottery", requestedFen = 0, reason = "", contactPhone = "12345", onBehalfOf = "deceased_member_family",
            applicant = new { name = "", relationship = "cousin", idNumber = "110105196502030021", phone = "1", bankName = "", bankAccount = "12ab", accountHolder = "" },
        });
        var problem = await Problem.ExpectAsync(invalid, 422, "validation.failed");
        Assert.That(problem.Raw.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[]
        {
            "category", "requestedFen", "reason", "contactPhone", "applicant.name", "applicant.relationship", "applicant.idNumber",
            "applicant.phone", "applicant.bankName", "applicant.bankAccount", "applicant.accountHolder",
        }));
        await Problem.ExpectAsync(await FileAsync(counter, memberId, new
        {
            fundId, category = "major_illness", requestedFen = 1000, reason = "x", contactPhone = "13812345678", onBehalfOf = "deceased_member_family",
        }), 422, "validation.failed");
        Assert.That(await ApplicationsOfAsync(memberId), Is.Zero, "nothing written by the refusals");

        // one open application per member per fund, whoever files it
        await JsonAsync(await FileAsync(counter, memberId, ApplicationBody(fundId)), 201);
        await Problem.ExpectAsync(await FileAsync(counter, memberId, ApplicationBody(fundId)), 409, "fund.application_open");
        await Problem.ExpectAsync(await ApplyRawAsync(memberId, ApplicationBody(fundId)), 409, "fund.application_open");
        // a federation fund is every member's
        await JsonAsync(await FileAsync(counter, memberId, ApplicationBody(federationFund)), 201);
        Assert.That(await ApplicationsOfAsync(memberId), Is.EqualTo(2));
    }

    [Test]
    public async Task A_deceased_members_family_claim_keeps_the_bank_account_encrypted_masked_and_revealed_only_with_a_reason()
    {
        var city = await Seed.OrgAsync("市总工会");
        var districtA = await Seed.OrgAsync("A 区总工会", city);
        var districtB = await Seed.OrgAsync("B 区总工会", city);
        using var reviewer = await NewStaffAsync("reviewer");
        using var counter = await NewStaffAsync("org_admin", S(districtA));
        using var otherDistrict = await NewStaffAsync("org_admin", S(districtB));
        var fundId = await CreateFundAsync(reviewer, orgId: city, kind: "warmth");
        var memberId = await Seed.VerifiedMemberAsync(districtA);

        var response = await FileAsync(counter, memberId, FamilyBody(fundId));
        var text = await response.Content.ReadAsStringAsync();
        var created = await JsonAsync(response, 201);
        var applicationId = created.GetProperty("id").GetString()!;
        var applicant = created.GetProperty("applicant");
        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("onBehalfOf").GetString(), Is.EqualTo("deceased_member_family"));
            Assert.That(created.GetProperty("contactPhoneMasked").GetString(), Is.EqualTo("136****5432"), "the family's phone is the contact");
            Assert.That(applicant.GetProperty("relationship").GetString(), Is.EqualTo("spouse"));
            Assert.That(applicant.GetProperty("nameMasked").GetString(), Is.EqualTo("李*英"));
            Assert.That(applicant.GetProperty("idNumberMasked").GetString(), Is.EqualTo("110105********0024"));
            Assert.That(applicant.GetProperty("phoneMasked").GetString(), Is.EqualTo("136****5432"));
            Assert.That(applicant.GetProperty("bankName").GetString(), Is.EqualTo("中国工商银行北京分行"));
            Assert.That(applicant.GetProperty("bankAccountMasked").GetString(), Is.EqualTo("***************0123"));
            Assert.That(applicant.GetProperty("accountHolderMasked").GetString(), Is.EqualTo("李*英"));
            Assert.That(text, Does.Not.Contain(FamilyAccount).And.Not.Contain(FamilyIdNumber).And.Not.Contain(FamilyPhone).And.Not.Contain("李秀英"));
        });

        await using (var db = await DbAsync())
        {
            var stored = (await db.QuerySingleAsync("SELECT * FROM fund_application_family WHERE application_id = @applicationId",
                new { applicationId }) as IDictionary<string, object>)!;
            var raw = string.Join("|", stored.Values.Select(v => v is byte[] b ? Encoding.UTF8.GetString(b) + Convert.ToHexString(b) : $"{v}"));
            Assert.That(raw, Does.Not.Contain(FamilyAccount).And.Not.Contain(FamilyIdNumber).And.Not.Contain(FamilyPhone)
                .And.Not.Contain("李秀英").And.Not.Contain("工商银行"), "every personal value is ciphertext");
            // the account's first digits never appear as text (not searched in the hex dump: random ciphertext may hold "6222")
            var asText = string.Join("|", stored.Values.Select(v => v is byte[] b ? Encoding.UTF8.GetString(b) : $"{v}"));
            Assert.That(asText, Does.Not.Contain("6222"));
            Assert.That(Seed.Pii.Decrypt((byte[])stored["bank_account_enc"]), Is.EqualTo(FamilyAccount), "stored without the spaces");
            Assert.That(stored["relationship"], Is.EqualTo("spouse"));
        }

        var read = await JsonAsync(await reviewer.GetAsync($"/api/v1/admin/fund-applications/{applicationId}?reason=" + Uri.EscapeDataString("评审")), 200);
        Assert.That(read.GetProperty("applicant").GetProperty("bankAccountMasked").GetString(), Is.EqualTo("***************0123"));
        Assert.That(read.ToString(), Does.Not.Contain(FamilyAccount));

        // the full values: only with a reason, each read audited; the ID number stays masked (v1 contract)
        var url = $"/api/v1/admin/fund-applications/{applicationId}/applicant";
        await Problem.ExpectAsync(await reviewer.GetAsync(url), 400, "access.reason_required");
        var revealed = await JsonAsync(await reviewer.GetAsync(url + "?reason=" + Uri.EscapeDataString("发放温暖基金转账")), 200);
        Assert.Multiple(() =>
        {
            Assert.That(revealed.GetProperty("bankAccount").GetString(), Is.EqualTo(FamilyAccount));
            Assert.That(revealed.GetProperty("name").GetString(), Is.EqualTo("李秀英"));
            Assert.That(revealed.GetProperty("accountHolder").GetString(), Is.EqualTo("李秀英"));
            Assert.That(revealed.GetProperty("phone").GetString(), Is.EqualTo(FamilyPhone));
            Assert.That(revealed.GetProperty("bankName").GetString(), Is.EqualTo("中国工商银行北京分行"));
            Assert.That(revealed.GetProperty("idNumberMasked").GetString(), Is.EqualTo("110105********0024"));
            Assert.That(revealed.ToString(), Does.Not.Contain(FamilyIdNumber));
        });
        await JsonAsync(await counter.GetAsync(url + "?reason=" + Uri.EscapeDataString("核对家属账户")), 200);
        await Problem.ExpectAsync(await otherDistrict.GetAsync(url + "?reason=x"), 404, "not_found");

        await using (var db = await DbAsync())
        {
            var audits = (await db.QueryAsync<string>(
                "SELECT details FROM audit_log WHERE action = 'fund_applicant.read' AND entity_id = @applicationId ORDER BY id",
                new { applicationId })).ToList();
            Assert.That(audits, Has.Count.EqualTo(2), "one audit row per reveal, none for the refused ones");
            Assert.That(JsonDocument.Parse(audits[0]).RootElement.GetProperty("reason").GetString(), Is.EqualTo("发放温暖基金转账"));
            Assert.That(string.Join("", audits), Does.Not.Contain(FamilyAccount));
        }

        // an application the member filed themselves has no family applicant to reveal
        var own = await ApplyAsync(await Seed.VerifiedMemberAsync(districtA), fundId);
        await Problem.ExpectAsync(await reviewer.GetAsync($"/api/v1/admin/fund-applications/{own}/applicant?reason=x"), 404, "not_found");
    }

    [Test]
    public async Task A_family_claims_decision_and_payment_send_no_notice_to_the_deceased_members_account_and_other_applications_still_notify()
    {
        var city = await Seed.OrgAsync("市总工会");
        using var reviewer = await NewStaffAsync("reviewer");
        using var confirmer = await NewStaffAsync("reviewer");
        using var counter = await NewStaffAsync("org_admin", S(city));
        var fundId = await CreateFundAsync(reviewer, orgId: city, kind: "warmth");
        var deceased = await Seed.VerifiedMemberAsync(city);
        var living = await Seed.VerifiedMemberAsync(city);
        var family = (await JsonAsync(await FileAsync(counter, deceased, FamilyBody(fundId)), 201)).GetProperty("id").GetString()!;
        var own = await ApplyAsync(living, fundId);

        await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(family, "approve", 200_000), Decision(own, "approve", 100_000)), 201);
        foreach (var (application, amount) in new[] { (family, 200_000L), (own, 100_000L) })
        {
            var proposed = await JsonAsync(await ProposeAsync(reviewer, application, amount, "BANK-" + application), 201);
            await JsonAsync(await confirmer.PostAsync($"/api/v1/admin/disbursements/{proposed.GetProperty("id").GetString()}/confirm", null), 200);
        }

        Assert.That((await StatusOfAsync(family), await StatusOfAsync(own)), Is.EqualTo(("disbursed", "disbursed")));
        await using var db = await DbAsync();
        foreach (var table in new[] { "member_inbox", "notification_outbox" })
        {
            var rows = (await db.QueryAsync<(long MemberId, string Kind)>($"SELECT member_id, kind FROM {table} ORDER BY id")).ToList();
            Assert.That(rows.Where(r => r.MemberId == deceased), Is.Empty, $"{table}: nothing for the deceased member's account");
            Assert.That(rows.Where(r => r.MemberId == living).Select(r => r.Kind), Is.EqualTo(new[] { "fund.decided", "fund.paid" }),
                $"{table}: the member who applied is told as before");
        }

        // staff see the decision and the payment of the family claim
        var read = await JsonAsync(await reviewer.GetAsync($"/api/v1/admin/fund-applications/{family}?reason=" + Uri.EscapeDataString("告知家属")), 200);
        Assert.That((read.GetProperty("status").GetString(), read.GetProperty("grantedFen").GetInt64()), Is.EqualTo(("disbursed", 200_000L)));
    }

    [Test]
    public async Task Racing_files_with_one_idempotency_key_make_one_application_and_with_two_keys_the_open_rule_holds()
    {
        var org = await Seed.OrgAsync();
        using var reviewer = await NewStaffAsync("reviewer");
        using var counter = await NewStaffAsync("org_admin", S(org));
        var fundId = await CreateFundAsync(reviewer, orgId: org);
        var memberId = await Seed.VerifiedMemberAsync(org);
        var key = Guid.NewGuid().ToString("N");

        var sameKey = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => FileAsync(counter, memberId, FamilyBody(fundId), key)));
        var statuses = sameKey.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses, Has.Some.EqualTo(201));
        Assert.That(statuses, Is.All.AnyOf(201, 409), "the first answer again, or in progress");
        var ids = new HashSet<string>();
        foreach (var r in sameKey.Where(r => (int)r.StatusCode == 201))
        {
            ids.Add((await JsonAsync(r, 201)).GetProperty("id").GetString()!);
        }

        Assert.That(ids, Has.Count.EqualTo(1), "every 201 is the same application");
        await using var db = await DbAsync();
        Assert.That(await ApplicationsOfAsync(memberId), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_application_family WHERE application_id = @id",
            new { id = ids.Single() }), Is.EqualTo(1));

        var second = await Seed.VerifiedMemberAsync(org);
        var twoKeys = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => FileAsync(counter, second, ApplicationBody(fundId), Guid.NewGuid().ToString("N"))));
        Assert.That(twoKeys.Select(r => (int)r.StatusCode).Order(), Is.EqualTo(new[] { 201, 409 }));
        Assert.That(await ApplicationsOfAsync(second), Is.EqualTo(1));
    }
}
