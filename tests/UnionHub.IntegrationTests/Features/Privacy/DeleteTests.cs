using System.Net.Http.Json;
using System.Globalization;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Privacy;

public sealed class DeleteTests : PrivacyTest
{
    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Test]
    public async Task Delete_erases_personal_data_keeps_money_and_audit_rows_and_the_phone_logs_in_as_a_new_member()
    {
        var org = await Seed.OrgAsync();
        var me = await PersonAsync(org, "欧阳明华");
        var bystander = await PersonAsync(org, "司马光远");
        await BindWeChatAsync(me.Id, "oWx9aBcDeFgHiJkLmNoP");
        using var proposer = await NewStaffAsync("reviewer");
        using var confirmer = await NewStaffAsync("reviewer");
        var perk = await CreatePerkAsync();
        var (voucher, _) = await ClaimAsync(perk, me.Id);
        const string paidReason = "已获资助的理由：母亲尿毒症透析";
        const string openReason = "未结的理由：孩子学费困难";
        var paidFund = await CreateFundAsync(proposer);
        var openFund = await CreateFundAsync(proposer);
        var paidApp = await ApplyAsync(me.Id, paidFund, paidReason, "13911112222");
        var openApp = await ApplyAsync(me.Id, openFund, openReason, "13955556666");
        var bystanderApp = await ApplyAsync(bystander.Id, openFund, "旁人的理由", "13977778888");
        await ApproveAsync(proposer, paidFund, paidApp, 150_000);
        var tokens = await LoginBySmsAsync(me.Phone);
        var access = AccessOf(tokens);
        var refresh = RefreshOf(tokens);
        using var anonymous = Anonymous();

        // an approved grant not yet paid: refused, nothing changed
        var refused = await Problem.ExpectAsync(await anonymous.SendAsync(DeleteRequest(access)), 409, "member.has_pending_payment");
        Assert.That(refused.Raw.GetProperty("applicationIds")[0].GetString(), Is.EqualTo(paidApp));
        await PayAsync(proposer, confirmer, paidApp, 100_000);
        await Problem.ExpectAsync(await anonymous.SendAsync(DeleteRequest(access)), 409, "member.has_pending_payment");
        await PayAsync(confirmer, proposer, paidApp, 50_000); // paid in full: disbursed

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM fund_application WHERE id = @paidApp", new { paidApp }), Is.EqualTo("disbursed"));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_wechat WHERE member_id = @Id", new { me.Id }), Is.EqualTo(1));
        var ledgerBefore = (await db.QueryAsync<(long, string, long)>(
            "SELECT id, entry, amount_fen FROM fund_ledger WHERE application_id = @paidApp ORDER BY id", new { paidApp })).ToList();
        var disbursementsBefore = (await db.QueryAsync<(long, long, string)>(
            "SELECT id, amount_fen, status FROM fund_disbursement WHERE application_id = @paidApp ORDER BY id", new { paidApp })).ToList();
        var auditBefore = (await db.QueryAsync<(long, string, string)>("SELECT id, action, entity_id FROM audit_log ORDER BY id")).ToList();
        Assert.That(ledgerBefore, Has.Count.EqualTo(3), "one grant, two payments");

        await Problem.ExpectAsync(await anonymous.SendAsync(DeleteRequest(access, confirm: null)), 422, "validation.failed");
        await Problem.ExpectAsync(await anonymous.SendAsync(DeleteRequest(access, confirm: "delete")), 422, "validation.failed");

        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox WHERE member_id = @Id", new { me.Id }), Is.GreaterThan(0),
            "the payment reached the member's inbox");
        var deleted = await anonymous.SendAsync(DeleteRequest(access));
        Assert.That((int)deleted.StatusCode, Is.EqualTo(204), await deleted.Content.ReadAsStringAsync());

        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member_inbox WHERE member_id = @Id", new { me.Id }), Is.Zero,
            "the inbox goes with the account");
        // no trace of the phone, name, ID number, WeChat openid, contact phones or reasons, as text or bytes, in any of these tables
        var dump = await DumpAsync("member", "member_wechat", "fund_application", "fund_evidence", "refresh_token", "idempotency_key", "sms_code",
            "fund_application_history", "audit_log");
        Assert.That(dump, Does.Contain("major_illness"), "the dump does see text (each application's category)");
        Assert.That(dump, Does.Not.Contain("旁人的理由"), "reasons are encrypted at rest, the bystander's too (Security/FreeTextEncryptionTests)");
        Assert.That(dump, Does.Contain(Convert.ToHexString(Seed.Pii.PhoneIndex(bystander.Phone))), "and blind indexes as hex");
        foreach (var secret in new[] { me.Phone, me.Name, me.IdNumber, "oWx9aBcDeFgHiJkLmNoP", "13911112222", "13955556666", paidReason, openReason,
                     "母亲尿毒症", "孩子学费" })
        {
            Assert.That(dump, Does.Not.Contain(secret), secret);
            Assert.That(dump, Does.Not.Contain(Hex(secret)), "hex of " + secret);
        }

        foreach (var index in new[] { Seed.Pii.PhoneIndex(me.Phone), Seed.Pii.IdNumberIndex(me.IdNumber), Seed.Pii.NameIndex(me.Name) })
        {
            Assert.That(dump, Does.Not.Contain(Convert.ToHexString(index)), "no blind index of the member's data is left");
        }

        var row = await db.QuerySingleAsync<(byte[]? PhoneEnc, byte[]? IdEnc, byte[]? NameEnc, string? Card, DateTime? DeletedAt)>(
            "SELECT phone_enc, id_enc, name_enc, member_card_no, deleted_at FROM member WHERE id = @Id", new { me.Id });
        Assert.Multiple(() =>
        {
            Assert.That(row.PhoneEnc, Is.Null);
            Assert.That(row.IdEnc, Is.Null);
            Assert.That(row.NameEnc, Is.Null);
            Assert.That(row.Card, Is.Null);
            Assert.That(row.DeletedAt, Is.Not.Null);
        });
        var contactPhones = (await db.QueryAsync<byte[]>("SELECT contact_phone_enc FROM fund_application WHERE member_id = @Id", new { me.Id }))
            .Select(Seed.Pii.Decrypt).ToList();
        Assert.That(contactPhones, Is.EqualTo(new[] { "", "" }), "contact phones erased (stored as the ciphertext of nothing)");
        Assert.That(await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM fund_evidence e JOIN fund_application a ON a.id = e.application_id WHERE a.member_id = @Id", new { me.Id }), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_evidence WHERE application_id = @bystanderApp", new { bystanderApp }),
            Is.EqualTo(1), "other members' evidence stays");
        Assert.That(await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM refresh_token WHERE subject_kind = 'member' AND subject_id = @Id AND revoked_at IS NULL", new { me.Id }), Is.Zero);

        // money and records stay, under the same member id
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await db.ExecuteScalarAsync<long>("SELECT member_id FROM voucher WHERE id = @voucher", new { voucher }), Is.EqualTo(me.Id));
            Assert.That((await db.QueryAsync<(long, string, long)>(
                "SELECT id, entry, amount_fen FROM fund_ledger WHERE application_id = @paidApp ORDER BY id", new { paidApp })).ToList(), Is.EqualTo(ledgerBefore));
            Assert.That((await db.QueryAsync<(long, long, string)>(
                "SELECT id, amount_fen, status FROM fund_disbursement WHERE application_id = @paidApp ORDER BY id", new { paidApp })).ToList(),
                Is.EqualTo(disbursementsBefore));
            var paid = await db.QuerySingleAsync<(long MemberId, string Status, long? Granted, long PaidFen, long Requested)>(
                "SELECT member_id, status, granted_fen, paid_fen, requested_fen FROM fund_application WHERE id = @paidApp", new { paidApp });
            Assert.That(paid, Is.EqualTo((me.Id, "disbursed", (long?)150_000, 150_000L, 200_000L)));
            var auditAfter = (await db.QueryAsync<(long, string, string)>("SELECT id, action, entity_id FROM audit_log ORDER BY id")).ToList();
            Assert.That(auditAfter.Take(auditBefore.Count), Is.EqualTo(auditBefore), "no audit row touched");
            Assert.That(auditAfter.Skip(auditBefore.Count).Select(a => (a.Item2, a.Item3)), Is.EqualTo(new[] { ("member.delete", Id(me.Id)) }));
            // the open application was withdrawn first, on record
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM fund_application WHERE id = @openApp", new { openApp }), Is.EqualTo("withdrawn"));
            var last = await db.QuerySingleAsync<(string ActorKind, long ActorId, string From, string To)>(
                "SELECT actor_kind, actor_id, from_status, to_status FROM fund_application_history WHERE application_id = @openApp ORDER BY id DESC LIMIT 1",
                new { openApp });
            Assert.That(last, Is.EqualTo(("member", me.Id, "submitted", "withdrawn")));
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM fund_application WHERE id = @bystanderApp", new { bystanderApp }),
                Is.EqualTo("submitted"));
        });

        // reviewers still read the application (amounts, decisions), with the erased fields erased
        var staffView = await JsonAsync(await proposer.GetAsync($"/api/v1/admin/fund-applications/{paidApp}?reason=test"), 200);
        Assert.That(staffView.GetProperty("reason").GetString(), Is.EqualTo("[erased]"));
        Assert.That(staffView.GetProperty("contactPhoneMasked").GetString(), Is.Empty);
        Assert.That(staffView.GetProperty("grantedFen").GetInt64(), Is.EqualTo(150_000));
        Assert.That(staffView.GetProperty("evidence").GetArrayLength(), Is.Zero);

        // the deleted member cannot come back: refresh refused, routes answer gone, a second delete is 410
        await Problem.ExpectAsync(await RefreshAsync(refresh), 401, "auth.invalid_refresh");
        using var stale = WithToken(access);
        Assert.That((int)(await stale.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(404));
        await Problem.ExpectAsync(await stale.GetAsync("/api/v1/me/export"), 410, "member.deleted");
        await Problem.ExpectAsync(await anonymous.SendAsync(DeleteRequest(access)), 410, "member.deleted");

        // the same phone, logging in by SMS, is a new member with none of the old one's data
        AdvanceToNextWindow(TimeSpan.FromMinutes(1));
        var again = await LoginBySmsAsync(me.Phone);
        Assert.That(MemberIdOf(again), Is.Not.EqualTo(Id(me.Id)));
        Assert.That(again.GetProperty("member").GetProperty("verified").GetBoolean(), Is.False);
        using var fresh = WithToken(AccessOf(again));
        var export = await PrivacyJsonAsync(await fresh.GetAsync("/api/v1/me/export"));
        Assert.That(export.GetProperty("vouchers").GetArrayLength(), Is.Zero);
        Assert.That(export.GetProperty("fundApplications").GetArrayLength(), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<DateTime?>("SELECT deleted_at FROM member WHERE id = @Id", new { me.Id }), Is.Not.Null);
    }

    [Test]
    public async Task A_deleted_member_cannot_verify_bind_a_phone_or_apply_with_a_token_still_in_its_lifetime()
    {
        var org = await Seed.OrgAsync();
        var me = await PersonAsync(org, "欧阳明华");
        using var reviewer = await NewStaffAsync("reviewer");
        var fund = await CreateFundAsync(reviewer);
        var perk = await CreatePerkAsync();
        var access = MemberToken(me.Id);
        using var anonymous = Anonymous();
        Assert.That((int)(await anonymous.SendAsync(DeleteRequest(access))).StatusCode, Is.EqualTo(204));

        using var stale = WithToken(access);
        Assert.That((int)(await stale.PostAsJsonAsync("/api/v1/me/real-name", new { name = me.Name, idNumber = me.IdNumber })).StatusCode,
            Is.EqualTo(404));
        await SendCodeAsync("15912345678");
        Assert.That((int)(await stale.PostAsJsonAsync("/api/v1/me/phone", new { phone = "15912345678", code = LatestCode("15912345678") })).StatusCode,
            Is.EqualTo(401));
        await Problem.ExpectAsync(await stale.PostAsJsonAsync("/api/v1/fund-applications",
            new { fundId = fund, category = "major_illness", requestedFen = 1000L, reason = "x", contactPhone = "13911112222" }), 403, "member.not_verified");
        await Problem.ExpectAsync(await stale.PostAsync($"/api/v1/perks/{perk}/claims", null), 403, "member.not_verified");

        await using var db = await DbAsync();
        var row = await db.QuerySingleAsync<(byte[]? PhoneHash, byte[]? IdHash, int Vouchers)>(
            "SELECT phone_hash, id_hash, (SELECT COUNT(*) FROM voucher WHERE member_id = @Id) FROM member WHERE id = @Id", new { me.Id });
        Assert.That(row, Is.EqualTo(((byte[]?)null, (byte[]?)null, 0)));
    }

    [Test]
    public async Task A_wechat_login_after_deletion_is_a_new_member()
    {
        var first = await LoginByWeChatAsync("dev-privacy-openid-123");
        using var anonymous = Anonymous();
        Assert.That((int)(await anonymous.SendAsync(DeleteRequest(AccessOf(first)))).StatusCode, Is.EqualTo(204));
        await Problem.ExpectAsync(await RefreshAsync(RefreshOf(first)), 401, "auth.invalid_refresh");

        var second = await LoginByWeChatAsync("dev-privacy-openid-123");
        Assert.That(MemberIdOf(second), Is.Not.EqualTo(MemberIdOf(first)));
        await using var db = await DbAsync();
        Assert.That(await db.QueryAsync<long>("SELECT member_id FROM member_wechat WHERE open_id = 'privacy-openid-123'"),
            Is.EqualTo(new[] { long.Parse(MemberIdOf(second), CultureInfo.InvariantCulture) }));
    }

    [Test]
    public async Task Parallel_deletes_delete_once_and_leave_one_consistent_record()
    {
        var org = await Seed.OrgAsync();
        var me = await PersonAsync(org, "欧阳明华");
        using var reviewer = await NewStaffAsync("reviewer");
        var openApp = await ApplyAsync(me.Id, await CreateFundAsync(reviewer), "并发的理由", "13911112222");
        var access = MemberToken(me.Id);
        using var client = Anonymous();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, 12).Select(async _ =>
        {
            using var request = DeleteRequest(access);
            await start.Task;
            using var response = await client.SendAsync(request);
            return (int)response.StatusCode;
        }).ToList();
        start.SetResult();
        var statuses = await Task.WhenAll(tasks);

        Assert.That(statuses.Count(s => s == 204), Is.EqualTo(1), string.Join(",", statuses));
        Assert.That(statuses.Count(s => s == 410), Is.EqualTo(11), string.Join(",", statuses));
        await using var db = await DbAsync();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'member.delete' AND entity_id = @Id",
                new { Id = Id(me.Id) }), Is.EqualTo(1));
            Assert.That(await db.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM fund_application_history WHERE application_id = @openApp AND to_status = 'withdrawn'", new { openApp }), Is.EqualTo(1));
            Assert.That(await db.ExecuteScalarAsync<string>("SELECT reason FROM fund_application WHERE id = @openApp", new { openApp }), Is.EqualTo("[erased]"));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM member WHERE id = @Id AND deleted_at IS NOT NULL AND phone_hash IS NULL",
                new { me.Id }), Is.EqualTo(1));
        });
    }

    private static async Task<System.Text.Json.JsonElement> PrivacyJsonAsync(HttpResponseMessage response) => await JsonAsync(response, 200);
}
