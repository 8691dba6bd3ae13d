using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Features.Perks;
using UnionHub.IntegrationTests.Features.Merchants;

namespace UnionHub.IntegrationTests.Features.Members;

/// <summary>
/// Staff's member lookup (issue 17 item 4): search by phone, ID number, name or card number inside the caller's subtree
/// (outside it: nothing found, 404 on the member), the member page, the audited unmasking, and voiding a voucher, which
/// races a redemption safely.
/// </summary>
public sealed class MemberLookupTests : ApiTest
{
    private static int _sequence;

    private sealed record Person(long Id, string Name, string IdNumber, string Phone, string Card);

    /// <summary>A verified member of <paramref name="orgId"/> whose roster entry carries their name (as real-name leaves it).</summary>
    private static async Task<Person> PersonAsync(long orgId, string name)
    {
        var n = Interlocked.Increment(ref _sequence);
        var idNumber = SeedIds.DistinctIdNumber(7_000_000 + n);
        var phone = $"136{n:D8}";
        var card = $"UH26010100000{n:D5}";
        var pii = Seed.Pii;
        await using var db = await DbAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        await db.ExecuteAsync("""
            INSERT INTO roster_entry (org_id, id_hash, name_hash, id_enc, name_enc, created_at, updated_at)
            VALUES (@orgId, @IdHash, @NameHash, @IdEnc, @NameEnc, @now, @now)
            """, new { orgId, IdHash = pii.IdNumberIndex(idNumber), NameHash = pii.NameIndex(name), IdEnc = pii.Encrypt(idNumber), NameEnc = pii.Encrypt(name), now });
        var id = await db.ExecuteScalarAsync<long>("""
            INSERT INTO member (phone_hash, phone_enc, id_hash, id_enc, name_enc, org_id, member_card_no, verified_at, created_at)
            VALUES (@PhoneHash, @PhoneEnc, @IdHash, @IdEnc, @NameEnc, @orgId, @card, @now, @now);
            SELECT LAST_INSERT_ID();
            """, new
        {
            PhoneHash = pii.PhoneIndex(phone), PhoneEnc = pii.Encrypt(phone), IdHash = pii.IdNumberIndex(idNumber), IdEnc = pii.Encrypt(idNumber),
            NameEnc = pii.Encrypt(name), orgId, card, now,
        });
        return new Person(id, name, idNumber, phone, card);
    }

    /// <summary>An unused voucher of a new perk (accepted everywhere) for the member.</summary>
    private static async Task<(long Id, string Code)> VoucherAsync(long memberId, string title = "夏日消费券")
    {
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        var code = VoucherSigner.NewCode();
        var qr = Api.Services.GetRequiredService<VoucherSigner>().Sign(code);
        await using var db = await DbAsync();
        var perkId = await db.ExecuteScalarAsync<long>("""
            INSERT INTO perk (kind, title, description, stock, claimed, per_member_limit, starts_at, ends_at, face_value_fen, valid_until, created_at, updated_at)
            VALUES ('voucher', @title, '', 100, 1, 1, @start, @end, 5000, @validUntil, @now, @now);
            SELECT LAST_INSERT_ID();
            """, new { title, start = now.AddDays(-1), end = now.AddDays(1), validUntil = now.AddDays(30), now });
        var id = await db.ExecuteScalarAsync<long>("""
            INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
            VALUES (@perkId, @memberId, 1, @code, @qr, 'unused', @validUntil, @now);
            SELECT LAST_INSERT_ID();
            """, new { perkId, memberId, code, qr, validUntil = now.AddDays(30), now });
        return (id, code);
    }

    private sealed record AuditRow(string ActorId, string Action, string Entity, string EntityId, string? Details);

    private static async Task<List<AuditRow>> AuditAsync(string action)
    {
        await using var db = await DbAsync();
        return (await db.QueryAsync<AuditRow>(
            "SELECT actor_id AS ActorId, action, entity, entity_id AS EntityId, details FROM audit_log WHERE action = @action ORDER BY id",
            new { action })).ToList();
    }

    private static string Q(string value) => Uri.EscapeDataString(value);

    [Test]
    public async Task Staff_find_members_of_their_subtree_by_phone_id_number_name_or_card_masked_and_every_lookup_is_audited()
    {
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("东区总工会", city);
        var other = await Seed.OrgAsync("西区总工会", city);
        var wang = await PersonAsync(district, "王小明");
        var namesake = await PersonAsync(other, "王小明");
        using var east = await NewStaffAsync("org_admin", district.ToString());
        using var cityAdmin = await NewStaffAsync("org_admin", city.ToString());
        var eastId = StaffIdOf(east);

        foreach (var (by, value) in new[] { ("phone", wang.Phone), ("idNumber", wang.IdNumber.ToLowerInvariant()), ("name", " 王小明 "), ("cardNo", wang.Card) })
        {
            var body = await JsonAsync(await east.GetAsync($"/api/v1/admin/members?{by}={Q(value)}&reason={Q("会员来电咨询")}"), 200);
            var items = body.GetProperty("items").EnumerateArray().ToList();
            Assert.That(items.Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { wang.Id.ToString() }), by);
            var hit = items[0];
            Assert.That(hit.GetProperty("nameMasked").GetString(), Is.EqualTo("王*明"));
            Assert.That(hit.GetProperty("idNumberMasked").GetString(), Is.EqualTo(wang.IdNumber[..6] + "********" + wang.IdNumber[^4..]));
            Assert.That(hit.GetProperty("phoneMasked").GetString(), Is.EqualTo(wang.Phone[..3] + "****" + wang.Phone[^4..]));
            Assert.That(hit.GetProperty("memberCardNo").GetString(), Is.EqualTo(wang.Card));
            Assert.That(hit.GetProperty("orgName").GetString(), Is.EqualTo("东区总工会"));
            Assert.That(body.GetProperty("truncated").GetBoolean(), Is.False);
        }

        // the city sees both namesakes; the east district only its own; the west member is never found from the east
        var both = await JsonAsync(await cityAdmin.GetAsync($"/api/v1/admin/members?name={Q("王小明")}&reason=x"), 200);
        Assert.That(both.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()),
            Is.EquivalentTo(new[] { wang.Id.ToString(), namesake.Id.ToString() }));
        var none = await JsonAsync(await east.GetAsync($"/api/v1/admin/members?phone={namesake.Phone}&reason=x"), 200);
        Assert.That(none.GetProperty("items").GetArrayLength(), Is.Zero);

        var rows = await AuditAsync("member_lookup.read");
        Assert.That(rows, Has.Count.EqualTo(6), "one row per lookup");
        Assert.That(rows[0].ActorId, Is.EqualTo(eastId));
        var first = JsonDocument.Parse(rows[0].Details!).RootElement;
        Assert.That(first.GetProperty("reason").GetString(), Is.EqualTo("会员来电咨询"));
        Assert.That(first.GetProperty("by").GetString(), Is.EqualTo("phone"));
        Assert.That(first.GetProperty("memberIds").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { wang.Id.ToString() }));
        foreach (var row in rows)
        {
            Assert.That(row.Details, Does.Not.Contain(wang.Phone).And.Not.Contain(wang.IdNumber[..12]).And.Not.Contain("王小明").And.Not.Contain(wang.Card),
                "the searched value is never in the audit log");
        }

        Assert.That(JsonDocument.Parse(rows[^1].Details!).RootElement.GetProperty("memberIds").GetArrayLength(), Is.Zero,
            "a lookup that found nothing is on record too");
    }

    [Test]
    public async Task A_lookup_needs_a_reason_and_exactly_one_valid_criterion_and_writes_nothing_when_refused()
    {
        var org = await Seed.OrgAsync();
        var person = await PersonAsync(org, "李四");
        using var staff = await NewStaffAsync("org_admin", org.ToString());

        await Problem.ExpectAsync(await staff.GetAsync($"/api/v1/admin/members?phone={person.Phone}"), 400, "access.reason_required");
        await Problem.ExpectAsync(await staff.GetAsync($"/api/v1/admin/members/{person.Id}"), 400, "access.reason_required");
        await Problem.ExpectAsync(await staff.GetAsync($"/api/v1/admin/members/{person.Id}/personal-data?reason=%20"), 400, "access.reason_required");
        await Problem.ExpectAsync(await staff.GetAsync("/api/v1/admin/members?reason=x"), 422, "validation.failed");
        await Problem.ExpectAsync(await staff.GetAsync($"/api/v1/admin/members?phone={person.Phone}&cardNo={person.Card}&reason=x"), 422, "validation.failed");
        await Problem.ExpectAsync(await staff.GetAsync("/api/v1/admin/members?phone=12345&reason=x"), 422, "validation.failed");
        await Problem.ExpectAsync(await staff.GetAsync("/api/v1/admin/members?idNumber=110105199001011234&reason=x"), 422, "validation.failed");
        using var member = WithToken(MemberToken(person.Id));
        Assert.That((await member.GetAsync($"/api/v1/admin/members?phone={person.Phone}&reason=x")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'member%'"), Is.Zero);
    }

    /// <summary>
    /// A tag lists every member of the subtree holding it, newest first, page by page (each page audited with its ids and the tag);
    /// members of other subtrees, members without the tag and erased members never appear; a bad tag or cursor is refused.
    /// </summary>
    [Test]
    public async Task Staff_list_the_members_of_their_subtree_holding_a_tag_page_by_page_and_each_page_is_audited()
    {
        var city = await Seed.OrgAsync("市总工会");
        var east = await Seed.OrgAsync("东区总工会", city);
        var eastShop = await Seed.OrgAsync("东区一厂工会", east);
        var west = await Seed.OrgAsync("西区总工会", city);
        var tagged = new List<Person>();
        for (var i = 0; i < 5; i++)
        {
            tagged.Add(await PersonAsync(i % 2 == 0 ? east : eastShop, $"劳模{i}"));
        }

        var untagged = await PersonAsync(east, "普通会员");
        var otherTag = await PersonAsync(east, "农民工");
        var westModel = await PersonAsync(west, "西区劳模");
        var erased = await PersonAsync(east, "已注销");
        await using (var db = await DbAsync())
        {
            var now = Api.Clock.GetUtcNow().UtcDateTime;
            foreach (var id in tagged.Select(p => p.Id).Append(westModel.Id).Append(erased.Id))
            {
                await db.ExecuteAsync("INSERT INTO member_tag (member_id, tag, source, set_at) VALUES (@id, 'model_worker', 'staff', @now)", new { id, now });
            }

            await db.ExecuteAsync("INSERT INTO member_tag (member_id, tag, source, set_at) VALUES (@id, 'migrant_worker', 'staff', @now)", new { id = otherTag.Id, now });
            await db.ExecuteAsync("UPDATE member SET deleted_at = @now WHERE id = @id", new { id = erased.Id, now });
        }

        using var staff = await NewStaffAsync("org_admin", east.ToString());
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"/api/v1/admin/members?tag=model_worker&limit=2&reason={Q("三八节慰问名单核对")}" + (cursor is null ? "" : $"&cursor={Q(cursor)}");
            var body = await JsonAsync(await staff.GetAsync(url), 200);
            var items = body.GetProperty("items").EnumerateArray().ToList();
            Assert.That(items, Has.Count.LessThanOrEqualTo(2));
            foreach (var item in items)
            {
                Assert.That(item.GetProperty("nameMasked").GetString(), Does.StartWith("劳").And.Contain("*"), "masked");
                Assert.That(item.GetProperty("status").GetString(), Is.EqualTo("verified"));
            }

            seen.AddRange(items.Select(i => i.GetProperty("id").GetString()!));
            cursor = body.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : body.GetProperty("nextCursor").GetString();
            Assert.That(body.GetProperty("truncated").GetBoolean(), Is.EqualTo(cursor is not null));
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.That(seen, Is.EqualTo(tagged.Select(p => p.Id).OrderByDescending(i => i).Select(i => i.ToString())),
            "every tagged member of the subtree (its child org too), newest first, once; not the west's, the untagged, another tag's or the erased");
        Assert.That(pages, Is.EqualTo(3));

        var rows = await AuditAsync("member_lookup.read");
        Assert.That(rows, Has.Count.EqualTo(3), "one audit row per page");
        var details = rows.Select(r => JsonDocument.Parse(r.Details!).RootElement).ToList();
        Assert.That(details.Select(d => d.GetProperty("by").GetString()), Is.All.EqualTo("tag"));
        Assert.That(details.Select(d => d.GetProperty("tag").GetString()), Is.All.EqualTo("model_worker"));
        Assert.That(details.SelectMany(d => d.GetProperty("memberIds").EnumerateArray().Select(e => e.GetString())), Is.EqualTo(seen));

        // the city above sees the west's model worker too; a super_admin every one
        using var cityAdmin = await NewStaffAsync("org_admin", city.ToString());
        var cityPage = await JsonAsync(await cityAdmin.GetAsync($"/api/v1/admin/members?tag=model_worker&limit=100&reason=x"), 200);
        Assert.That(cityPage.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()),
            Is.EquivalentTo(tagged.Append(westModel).Select(p => p.Id.ToString())));

        // refused: an unknown tag (the vocabulary in the answer), a cursor this API never gave, a cursor on an exact criterion
        var unknown = await Problem.ExpectAsync(await staff.GetAsync("/api/v1/admin/members?tag=vip&reason=x"), 422, "member_tag.unknown");
        Assert.That(unknown.Raw.GetProperty("allowed").EnumerateArray().Select(e => e.GetString()), Does.Contain("model_worker"));
        await Problem.ExpectAsync(await staff.GetAsync("/api/v1/admin/members?tag=model_worker&cursor=%21%21&reason=x"), 400, "request.bad_cursor");
        await Problem.ExpectAsync(await staff.GetAsync($"/api/v1/admin/members?phone={tagged[0].Phone}&cursor=MQ%3D%3D&reason=x"), 422, "validation.failed");
        await Problem.ExpectAsync(await staff.GetAsync("/api/v1/admin/members?tag=model_worker&name=x&reason=x"), 422, "validation.failed");
        await Problem.ExpectAsync(await staff.GetAsync("/api/v1/admin/members?tag=model_worker"), 400, "access.reason_required");
        Assert.That(await AuditAsync("member_lookup.read"), Has.Count.EqualTo(4), "refusals write no audit row (the city's page wrote one)");
    }

    [Test]
    public async Task Outside_the_subtree_the_member_page_the_unmasking_and_the_void_are_404()
    {
        var city = await Seed.OrgAsync("市总工会");
        var east = await Seed.OrgAsync("东区", city);
        var west = await Seed.OrgAsync("西区", city);
        var person = await PersonAsync(west, "赵六");
        var voucher = await VoucherAsync(person.Id);
        var unverified = await Seed.UnverifiedMemberAsync();
        using var eastAdmin = await NewStaffAsync("org_admin", east.ToString());
        using var reviewer = await NewStaffAsync("reviewer");

        foreach (var id in new[] { person.Id.ToString(), unverified.ToString(), "999999999", "abc" })
        {
            await Problem.ExpectAsync(await eastAdmin.GetAsync($"/api/v1/admin/members/{id}?reason=x"), 404, "not_found");
            await Problem.ExpectAsync(await eastAdmin.GetAsync($"/api/v1/admin/members/{id}/personal-data?reason=x"), 404, "not_found");
        }

        await Problem.ExpectAsync(await eastAdmin.PostAsJsonAsync($"/api/v1/admin/members/{person.Id}/vouchers/{voucher.Id}/void", new { reason = "误领" }),
            404, "not_found");
        Assert.That((await reviewer.GetAsync($"/api/v1/admin/members/{person.Id}?reason=x")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden),
            "the fund office does not look members up");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM voucher WHERE id = @Id", new { voucher.Id }), Is.EqualTo("unused"));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'member%' OR action LIKE 'voucher%'"), Is.Zero,
            "a 404 reads nothing and leaves no row");

        // a super_admin sees everyone, the unverified member included (no organisation yet)
        using var admin = await AdminAsync();
        var page = await JsonAsync(await admin.GetAsync($"/api/v1/admin/members/{unverified}?reason=x"), 200);
        Assert.That(page.GetProperty("status").GetString(), Is.EqualTo("unverified"));
    }

    [Test]
    public async Task Every_unmasking_returns_the_full_name_and_phone_and_writes_its_own_audit_row_with_the_reason()
    {
        var org = await Seed.OrgAsync();
        var person = await PersonAsync(org, "欧阳娜娜");
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        var staffId = StaffIdOf(staff);

        var page = await JsonAsync(await staff.GetAsync($"/api/v1/admin/members/{person.Id}?reason={Q("核对困难档案")}"), 200);
        Assert.That(page.GetProperty("nameMasked").GetString(), Is.EqualTo("欧**娜"));
        Assert.That(page.ToString(), Does.Not.Contain(person.Phone).And.Not.Contain(person.IdNumber), "the page stays masked");

        for (var i = 1; i <= 2; i++)
        {
            var full = await JsonAsync(await staff.GetAsync($"/api/v1/admin/members/{person.Id}/personal-data?reason={Q($"电话回访第{i}次")}"), 200);
            Assert.That(full.GetProperty("name").GetString(), Is.EqualTo("欧阳娜娜"));
            Assert.That(full.GetProperty("phone").GetString(), Is.EqualTo(person.Phone));
            Assert.That(full.GetProperty("idNumberMasked").GetString(), Is.EqualTo(person.IdNumber[..6] + "********" + person.IdNumber[^4..]),
                "the v1 contract: no endpoint returns a full ID number");
            Assert.That(full.ToString(), Does.Not.Contain(person.IdNumber));
        }

        var reveals = await AuditAsync("member_personal_data.read");
        Assert.That(reveals.Select(r => JsonDocument.Parse(r.Details!).RootElement.GetProperty("reason").GetString()),
            Is.EqualTo(new[] { "电话回访第1次", "电话回访第2次" }));
        Assert.That(reveals.All(r => r.ActorId == staffId && r.EntityId == person.Id.ToString() && r.Entity == "member_personal_data"));
        Assert.That(reveals.All(r => !r.Details!.Contains(person.IdNumber, StringComparison.Ordinal)));
        var reads = await AuditAsync("member.read");
        Assert.That(reads, Has.Count.EqualTo(1));
        Assert.That(JsonDocument.Parse(reads[0].Details!).RootElement.GetProperty("reason").GetString(), Is.EqualTo("核对困难档案"));
    }

    [Test]
    public async Task The_member_page_lists_vouchers_applications_cases_household_and_history()
    {
        var org = await Seed.OrgAsync();
        var person = await PersonAsync(org, "孙七");
        var voucher = await VoucherAsync(person.Id, "电影票");
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        await using (var db = await DbAsync())
        {
            var fundId = await db.ExecuteScalarAsync<long>("""
                INSERT INTO fund (name, kind, year, budget_fen, max_grant_fen, created_at) VALUES ('温暖基金', 'warmth', 2026, 100000000, 500000, @now);
                SELECT LAST_INSERT_ID();
                """, new { now });
            var appId = await db.ExecuteScalarAsync<long>("""
                INSERT INTO fund_application (fund_id, member_id, category, requested_fen, reason, contact_phone_enc, status, open_key, created_at, submitted_at, updated_at)
                VALUES (@fundId, @member, 'illness', 300000, '住院', @phone, 'submitted', @member, @now, @now, @now);
                SELECT LAST_INSERT_ID();
                """, new { fundId, member = person.Id, phone = Seed.Pii.Encrypt(person.Phone), now });
            await db.ExecuteAsync("""
                INSERT INTO fund_application_history (application_id, at, actor_kind, actor_id, from_status, to_status) VALUES (@appId, @now, 'member', @member, NULL, 'submitted')
                """, new { appId, member = person.Id, now = now.AddSeconds(1) });
            await db.ExecuteAsync("""
                INSERT INTO hardship_household (member_id, org_id, tier, reason, entered_on, open_key, created_by, created_at, updated_at)
                VALUES (@member, @org, 'relative', 'low_income', @today, @member, 1, @now, @now)
                """, new { member = person.Id, org, today = now.Date, now });
        }

        using var staff = await NewStaffAsync("org_admin", org.ToString());
        var page = await JsonAsync(await staff.GetAsync($"/api/v1/admin/members/{person.Id}?reason=x"), 200);
        Assert.That(page.GetProperty("status").GetString(), Is.EqualTo("verified"));
        Assert.That(page.GetProperty("memberCardNo").GetString(), Is.EqualTo(person.Card));
        var v = page.GetProperty("vouchers").EnumerateArray().Single();
        Assert.That((v.GetProperty("id").GetString(), v.GetProperty("perkTitle").GetString(), v.GetProperty("status").GetString()),
            Is.EqualTo((voucher.Id.ToString(), "电影票", "unused")));
        var app = page.GetProperty("applications").EnumerateArray().Single();
        Assert.That((app.GetProperty("fundName").GetString(), app.GetProperty("status").GetString(), app.GetProperty("requestedFen").GetInt64()),
            Is.EqualTo(("温暖基金", "submitted", 300000L)));
        Assert.That(page.GetProperty("cases").GetArrayLength(), Is.Zero);
        var household = page.GetProperty("households").EnumerateArray().Single();
        Assert.That((household.GetProperty("tier").GetString(), household.GetProperty("status").GetString()), Is.EqualTo(("relative", "active")));
        var events = page.GetProperty("history").EnumerateArray().Select(h => $"{h.GetProperty("kind").GetString()}.{h.GetProperty("event").GetString()}").ToList();
        Assert.That(events, Is.SupersetOf(new[] { "account.created", "account.verified", "voucher.claimed", "application.submitted" }));
        Assert.That(events[0], Is.EqualTo("application.submitted"), "newest first");
    }

    [Test]
    public async Task Staff_void_an_unused_voucher_with_a_reason_and_the_till_then_refuses_it()
    {
        var org = await Seed.OrgAsync();
        var person = await PersonAsync(org, "周八");
        var voucher = await VoucherAsync(person.Id);
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        var staffId = StaffIdOf(staff);
        var url = $"/api/v1/admin/members/{person.Id}/vouchers/{voucher.Id}/void";

        await Problem.ExpectAsync(await staff.PostAsJsonAsync(url, new { reason = "  " }), 422, "validation.failed");
        await Problem.ExpectAsync(await staff.PostAsJsonAsync(url, new { reason = new string('x', 201) }), 422, "validation.failed");
        var other = await PersonAsync(org, "吴九");
        await Problem.ExpectAsync(await staff.PostAsJsonAsync($"/api/v1/admin/members/{other.Id}/vouchers/{voucher.Id}/void", new { reason = "误领" }),
            404, "not_found");

        var voided = await JsonAsync(await staff.PostAsJsonAsync(url, new { reason = "会员离职，福利收回" }), 200);
        Assert.That(voided.GetProperty("status").GetString(), Is.EqualTo("void"));
        await Problem.ExpectAsync(await staff.PostAsJsonAsync(url, new { reason = "再来一次" }), 409, "voucher.void");

        await using (var db = await DbAsync())
        {
            var row = await db.QuerySingleAsync<(string Status, long? VoidedBy, byte[]? Reason)>(
                "SELECT status, voided_by, void_reason_enc FROM voucher WHERE id = @Id", new { voucher.Id });
            Assert.That((row.Status, row.VoidedBy?.ToString()), Is.EqualTo(("void", staffId)));
            Assert.That(Seed.Pii.Decrypt(row.Reason!), Is.EqualTo("会员离职，福利收回"), "the reason is kept encrypted");
        }

        var audit = (await AuditAsync("voucher.void")).Single();
        Assert.That((audit.ActorId, audit.EntityId), Is.EqualTo((staffId, voucher.Id.ToString())));

        using var admin = await AdminAsync();
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin, "便民超市");
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant);
        using var till = Anonymous();
        till.DefaultRequestHeaders.Add("X-Api-Key", key);
        await Problem.ExpectAsync(await till.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voucher.Code }), 409, "voucher.void");

        var page = await JsonAsync(await staff.GetAsync($"/api/v1/admin/members/{person.Id}?reason=x"), 200);
        var listed = page.GetProperty("vouchers").EnumerateArray().Single();
        Assert.That((listed.GetProperty("status").GetString(), listed.GetProperty("voidReason").GetString()), Is.EqualTo(("void", "会员离职，福利收回")));
        Assert.That(page.GetProperty("history").EnumerateArray().Any(h => h.GetProperty("event").GetString() == "voided"));

        // a redeemed voucher cannot be voided
        var spent = await VoucherAsync(person.Id, "洗衣券");
        await JsonAsync(await till.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = spent.Code }), 201);
        await Problem.ExpectAsync(await staff.PostAsJsonAsync($"/api/v1/admin/members/{person.Id}/vouchers/{spent.Id}/void", new { reason = "误领" }),
            409, "voucher.already_redeemed");
    }

    [Test]
    public async Task A_void_racing_a_redemption_of_the_same_voucher_has_exactly_one_winner()
    {
        var org = await Seed.OrgAsync();
        var person = await PersonAsync(org, "郑十");
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        using var admin = await AdminAsync();
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin, "影城");
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant);
        using var till = Anonymous();
        till.DefaultRequestHeaders.Add("X-Api-Key", key);
        var vouchers = new List<(long Id, string Code)>();
        for (var i = 0; i < 12; i++)
        {
            vouchers.Add(await VoucherAsync(person.Id, $"券{i}"));
        }

        var races = vouchers.Select(async v =>
        {
            var voiding = staff.PostAsJsonAsync($"/api/v1/admin/members/{person.Id}/vouchers/{v.Id}/void", new { reason = "收回" });
            var redeeming = till.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = v.Code });
            var answers = await Task.WhenAll(voiding, redeeming);
            return (v.Id, Void: answers[0], Redeem: answers[1]);
        }).ToList();
        var results = await Task.WhenAll(races);

        await using var db = await DbAsync();
        foreach (var (id, voidAnswer, redeemAnswer) in results)
        {
            var status = await db.ExecuteScalarAsync<string>("SELECT status FROM voucher WHERE id = @id", new { id });
            var redemptions = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM redemption WHERE voucher_id = @id", new { id });
            var voidRows = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'voucher.void' AND entity_id = @id", new { id = id.ToString() });
            if (voidAnswer.StatusCode == HttpStatusCode.OK)
            {
                await Problem.ExpectAsync(redeemAnswer, 409, "voucher.void");
                Assert.That((status, redemptions, voidRows), Is.EqualTo(("void", 0, 1)));
            }
            else
            {
                await Problem.ExpectAsync(voidAnswer, 409, "voucher.already_redeemed");
                Assert.That(redeemAnswer.StatusCode, Is.EqualTo(HttpStatusCode.Created));
                Assert.That((status, redemptions, voidRows), Is.EqualTo(("redeemed", 1, 0)));
            }
        }
    }
}
