using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using MySqlConnector;

namespace UnionHub.IntegrationTests.Features.Reports;

/// <summary>
/// The yearly report against a hand-counted fixture: a small tree (city R; district A with street A1 below it; district B)
/// with known events in 2025 and 2026, some of them on the China new-year boundary, and every figure asserted per year and
/// per subtree, for super_admin and for A's org_admin (who sees only A's subtree; B and R are 404).
/// </summary>
public sealed class YearlyReportTests : ApiTest
{
    private sealed record Tree(long R, long A, long A1, long B, long EA, long EA2, long EB, long EB2);

    /// <summary>A China wall-clock time as the UTC instant the database keeps.</summary>
    private static DateTime C(int y, int m, int d, int h = 12, int min = 0) => new DateTime(y, m, d, h, min, 0) - TimeSpan.FromHours(8);

    private static int _n;

    private static async Task<long> MemberAsync(MySqlConnection db, long? org, DateTime created, DateTime? verified, bool deleted = false) =>
        await db.ExecuteScalarAsync<long>("""
            INSERT INTO member (org_id, verified_at, created_at, deleted_at) VALUES (@org, @verified, @created, @deleted);
            SELECT LAST_INSERT_ID();
            """, new { org, verified, created, deleted = deleted ? created.AddDays(30) : (DateTime?)null });

    private static async Task<long> VoucherAsync(MySqlConnection db, long perk, long member, DateTime created, string status = "unused")
    {
        var n = Interlocked.Increment(ref _n);
        return await db.ExecuteScalarAsync<long>("""
            INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
            VALUES (@perk, @member, @n, @code, 'x', @status, '2030-01-01', @created); SELECT LAST_INSERT_ID();
            """, new { perk, member, n, code = $"RPT{n:D13}", status, created });
    }

    private static Task RedemptionAsync(MySqlConnection db, long voucher, DateTime at, long fen, DateTime? voided = null) =>
        db.ExecuteAsync("""
            INSERT INTO redemption (voucher_id, merchant_id, face_value_fen, redeemed_at, voided_at) VALUES (@voucher, 1, @fen, @at, @voided)
            """, new { voucher, fen, at, voided });

    private static async Task<long> ApplicationAsync(MySqlConnection db, long fund, long member, string status, DateTime created,
        DateTime? submitted, DateTime? decided, long? granted) =>
        await db.ExecuteScalarAsync<long>("""
            INSERT INTO fund_application (fund_id, member_id, category, requested_fen, contact_phone_enc, status, granted_fen,
                                          created_at, submitted_at, decided_at, updated_at)
            VALUES (@fund, @member, 'other', 50000, x'00', @status, @granted, @created, @submitted, @decided, @created);
            SELECT LAST_INSERT_ID();
            """, new { fund, member, status, created, submitted, decided, granted });

    private static Task PaymentAsync(MySqlConnection db, long fund, long application, long fen, string status, DateTime at) =>
        db.ExecuteAsync("""
            INSERT INTO fund_disbursement (fund_id, application_id, amount_fen, reference, status, proposed_by, proposed_at, confirmed_by, confirmed_at)
            VALUES (@fund, @application, @fen, 'ref', @status, 1, @at, @confirmedBy, @confirmedAt)
            """, new { fund, application, fen, status, at, confirmedBy = status == "paid" ? 2L : (long?)null, confirmedAt = status == "paid" ? at : (DateTime?)null });

    private static Task HouseholdAsync(MySqlConnection db, long member, long org, string tier, string entered, string? exited) =>
        db.ExecuteAsync("""
            INSERT INTO hardship_household (member_id, org_id, tier, reason, entered_on, exited_on, created_by, created_at, updated_at)
            VALUES (@member, @org, @tier, 'low_income', @entered, @exited, 1, NOW(6), NOW(6))
            """, new { member, org, tier, entered, exited });

    private static Task CaseAsync(MySqlConnection db, long member, long org, DateTime submitted, DateTime? closed, string? outcome, long? recovered) =>
        db.ExecuteAsync("""
            INSERT INTO legal_case (member_id, org_id, dispute_type, employer_name, amount_at_stake_fen, status, decide_by,
                                    outcome, recovered_fen, closed_at, submitted_at, updated_at)
            VALUES (@member, @org, 'wage_arrears', '某公司', 100000, @status, @submitted, @outcome, @recovered, @closed, @submitted, @submitted)
            """, new { member, org, status = closed is null ? "consultation" : "closed", submitted, closed, outcome, recovered });

    private static async Task<Tree> SeedAsync()
    {
        var r = await Seed.OrgAsync("市总工会");
        var a = await Seed.OrgAsync("甲区总工会", r);
        var a1 = await Seed.OrgAsync("甲区一街道工会", a);
        var b = await Seed.OrgAsync("乙区总工会", r);
        var ea = await Seed.EnterpriseAsync(a1, "甲一机械厂");
        var ea2 = await Seed.EnterpriseAsync(a, "甲区商贸公司");
        var eb = await Seed.EnterpriseAsync(b, "乙区电子厂");
        var eb2 = await Seed.EnterpriseAsync(b, "乙区物流公司");
        await using var db = await DbAsync();

        // enterprises: created, headcount, unionised, workers' congress; step 6 (signed agreement) on a date
        await db.ExecuteAsync("UPDATE enterprise SET created_at=@c, headcount=150, is_unionised=1, has_workers_congress=1 WHERE id=@ea", new { ea, c = C(2024, 6, 1) });
        await db.ExecuteAsync("UPDATE enterprise SET created_at=@c, headcount=50, is_unionised=1 WHERE id=@ea2", new { ea2, c = C(2025, 1, 1) });
        await db.ExecuteAsync("UPDATE enterprise SET created_at=@c, headcount=NULL, is_unionised=1, has_workers_congress=1 WHERE id=@eb", new { eb, c = C(2025, 1, 1) });
        await db.ExecuteAsync("UPDATE enterprise SET created_at=@c, headcount=300 WHERE id=@eb2", new { eb2, c = C(2026, 5, 1) });
        await db.ExecuteAsync("""
            INSERT INTO bargaining_step (enterprise_id, step, completed_on, completed_by, created_at) VALUES
            (@ea, 6, '2025-09-01', 1, NOW(6)), (@eb, 6, '2026-02-01', 1, NOW(6)), (@ea2, 5, '2025-03-01', 1, NOW(6))
            """, new { ea, eb, ea2 });

        // members
        var mA1 = await MemberAsync(db, a, C(2025, 3, 1), C(2025, 3, 2));
        var mA2 = await MemberAsync(db, a1, C(2025, 6, 1), C(2026, 1, 1, 0, 30)); // verified 00:30 on New Year's Day, China time
        var mA3 = await MemberAsync(db, a1, C(2026, 2, 1), null);
        await MemberAsync(db, a, C(2025, 5, 1), C(2025, 5, 1), deleted: true);
        var mB1 = await MemberAsync(db, b, C(2025, 4, 1), C(2025, 4, 2));
        var mB2 = await MemberAsync(db, b, C(2026, 3, 1), C(2026, 3, 2));
        await MemberAsync(db, null, C(2025, 1, 5), null);

        // perks, vouchers, redemptions
        var p1 = await db.ExecuteScalarAsync<long>("""
            INSERT INTO perk (kind, title, stock, per_member_limit, starts_at, ends_at, face_value_fen, created_at, updated_at)
            VALUES ('voucher', '超市券', 100, 50, '2025-01-01', '2027-01-01', 500, NOW(6), NOW(6)); SELECT LAST_INSERT_ID();
            """);
        var p2 = await db.ExecuteScalarAsync<long>("""
            INSERT INTO perk (kind, title, stock, per_member_limit, starts_at, ends_at, created_at, updated_at)
            VALUES ('goods', '清凉包', 100, 50, '2025-01-01', '2027-01-01', NOW(6), NOW(6)); SELECT LAST_INSERT_ID();
            """);
        var v1 = await VoucherAsync(db, p1, mA1, C(2025, 7, 1), "redeemed");
        await RedemptionAsync(db, v1, C(2025, 7, 2), 500);
        var v2 = await VoucherAsync(db, p1, mA2, C(2025, 12, 31, 23), "redeemed"); // claimed 23:00 on 31 December: 2025
        await RedemptionAsync(db, v2, C(2026, 1, 1, 1), 500); // redeemed 01:00 on 1 January: 2026
        var v3 = await VoucherAsync(db, p2, mA1, C(2026, 1, 10));
        await RedemptionAsync(db, v3, C(2026, 1, 11), 0, voided: C(2026, 1, 11, 13)); // voided: not counted
        var v4 = await VoucherAsync(db, p1, mB1, C(2025, 8, 1), "redeemed");
        await RedemptionAsync(db, v4, C(2025, 8, 2), 500);

        // relief funds, applications, payments
        var f1 = await db.ExecuteScalarAsync<long>("""
            INSERT INTO fund (name, kind, year, budget_fen, max_grant_fen, created_at) VALUES ('送温暖基金', 'warmth', 2025, 10000000, 100000, NOW(6));
            SELECT LAST_INSERT_ID();
            """);
        var f2 = await db.ExecuteScalarAsync<long>("""
            INSERT INTO fund (name, org_id, kind, year, budget_fen, max_grant_fen, created_at) VALUES ('乙区疫情救助', @b, 'epidemic', 2026, 1000000, 100000, NOW(6));
            SELECT LAST_INSERT_ID();
            """, new { b });
        var a1App = await ApplicationAsync(db, f1, mA1, "disbursed", C(2025, 2, 1), C(2025, 2, 1), C(2025, 2, 10), 30000);
        await PaymentAsync(db, f1, a1App, 30000, "paid", C(2025, 2, 20));
        var a2App = await ApplicationAsync(db, f1, mA2, "approved", C(2025, 11, 1), C(2025, 11, 1), C(2026, 1, 5), 20000);
        await PaymentAsync(db, f1, a2App, 10000, "paid", C(2026, 1, 6));
        await PaymentAsync(db, f1, a2App, 5000, "proposed", C(2026, 1, 7)); // not paid: not counted
        await ApplicationAsync(db, f1, mB1, "rejected", C(2025, 3, 1), C(2025, 3, 1), C(2025, 3, 5), null);
        await ApplicationAsync(db, f2, mB2, "approved", C(2026, 3, 5), C(2026, 3, 5), C(2026, 3, 10), 8000);
        await ApplicationAsync(db, f1, mA1, "draft", C(2025, 5, 1), null, null, null); // a draft: not an application

        // hardship register
        await HouseholdAsync(db, mA1, a, "deep", "2025-03-01", null);
        await HouseholdAsync(db, mA2, a1, "relative", "2025-06-01", "2026-02-01");
        await HouseholdAsync(db, mB1, b, "deep", "2026-01-15", null);

        // legal aid
        await CaseAsync(db, mA2, a1, C(2025, 4, 1), C(2025, 9, 1), "won", 100000);
        await CaseAsync(db, mA1, a, C(2025, 10, 1), C(2026, 2, 1), "partly_won", 50000);
        await CaseAsync(db, mA3, a, C(2026, 3, 1), null, null, null);
        await CaseAsync(db, mB1, b, C(2025, 5, 1), C(2025, 6, 1), "lost", 0);

        // distributions: EA gets 10 in 2025, receives 6 then 4 (the 4 in 2026), hands out one in each year; EB gets 5 in 2026
        var d1 = await db.ExecuteScalarAsync<long>("INSERT INTO distribution (org_id, perk_id, title, created_at) VALUES (@a, @p2, '夏季清凉', NOW(6)); SELECT LAST_INSERT_ID();", new { a, p2 });
        var d2 = await db.ExecuteScalarAsync<long>("INSERT INTO distribution (org_id, perk_id, title, created_at) VALUES (@b, @p2, '冬季送暖', NOW(6)); SELECT LAST_INSERT_ID();", new { b, p2 });
        var al1 = await db.ExecuteScalarAsync<long>("""
            INSERT INTO distribution_allocation (distribution_id, enterprise_id, method, allocated, received, handed_out, created_at, updated_at)
            VALUES (@d1, @ea, 'manual', 10, 10, 2, @c, @c); SELECT LAST_INSERT_ID();
            """, new { d1, ea, c = C(2025, 7, 1) });
        var al2 = await db.ExecuteScalarAsync<long>("""
            INSERT INTO distribution_allocation (distribution_id, enterprise_id, method, allocated, received, handed_out, created_at, updated_at)
            VALUES (@d2, @eb, 'manual', 5, 5, 0, @c, @c); SELECT LAST_INSERT_ID();
            """, new { d2, eb, c = C(2026, 1, 2) });
        await db.ExecuteAsync("""
            INSERT INTO distribution_receipt (allocation_id, quantity, received_at) VALUES (@al1, 6, @r1), (@al1, 4, @r2), (@al2, 5, @r2)
            """, new { al1, al2, r1 = C(2025, 7, 5), r2 = C(2026, 1, 3) });
        await db.ExecuteAsync("""
            INSERT INTO distribution_handout (allocation_id, member_id, method, handed_at) VALUES (@al1, @mA1, 'list', @h1), (@al1, @mA2, 'list', @h2)
            """, new { al1, mA1, mA2, h1 = C(2025, 7, 6), h2 = C(2026, 1, 4) });

        // group buys: EA2 and EB order in 2025, EA in 2026
        var g1 = await db.ExecuteScalarAsync<long>("INSERT INTO group_buy (org_id, title, deadline_at, created_at) VALUES (@r, '年货', '2025-09-01', NOW(6)); SELECT LAST_INSERT_ID();", new { r });
        var g2 = await db.ExecuteScalarAsync<long>("INSERT INTO group_buy (org_id, title, deadline_at, created_at) VALUES (@r, '春茶', '2026-09-01', NOW(6)); SELECT LAST_INSERT_ID();", new { r });
        await db.ExecuteAsync("""
            INSERT INTO group_buy_order (group_buy_id, enterprise_id, total_fen, revision, created_at, updated_at) VALUES
            (@g1, @ea2, 12000, 1, @c1, @c1), (@g1, @eb, 3000, 2, @c2, @c2), (@g2, @ea, 7000, 1, @c3, @c3)
            """, new { g1, g2, ea2, eb, ea, c1 = C(2025, 8, 1), c2 = C(2025, 8, 2), c3 = C(2026, 1, 20) });
        return new Tree(r, a, a1, b, ea, ea2, eb, eb2);
    }

    private static async Task<JsonElement> ReportAsync(HttpClient client, int year, long? org = null) =>
        await JsonAsync(await client.GetAsync($"/api/v1/admin/reports/{year}" + (org is { } o ? $"?orgId={o}" : "")), 200);

    private static int[] Members(JsonElement r)
    {
        var m = r.GetProperty("members");
        return [m.GetProperty("newMembers").GetInt32(), m.GetProperty("newlyVerified").GetInt32(),
            m.GetProperty("membersAtYearEnd").GetInt32(), m.GetProperty("verifiedAtYearEnd").GetInt32()];
    }

    private static string Perks(JsonElement r) => string.Join(" ", r.GetProperty("perks").EnumerateArray()
        .Select(p => $"{p.GetProperty("kind").GetString()}:{p.GetProperty("claimed").GetInt32()}/{p.GetProperty("redeemed").GetInt32()}/{p.GetProperty("redeemedFaceValueFen").GetInt64()}"));

    private static string Funds(JsonElement r) => string.Join(" ", r.GetProperty("reliefByFund").EnumerateArray()
        .Select(f => $"{f.GetProperty("name").GetString()}:{f.GetProperty("applications").GetInt32()}/{f.GetProperty("granted").GetInt32()}/{f.GetProperty("grantedFen").GetInt64()}/{f.GetProperty("paidFen").GetInt64()}"));

    private static string Kinds(JsonElement r) => string.Join(" ", r.GetProperty("reliefByKind").EnumerateArray()
        .Select(f => $"{f.GetProperty("kind").GetString()}:{f.GetProperty("applications").GetInt32()}/{f.GetProperty("granted").GetInt32()}/{f.GetProperty("grantedFen").GetInt64()}/{f.GetProperty("paidFen").GetInt64()}"));

    private static string Tiers(JsonElement r) => string.Join(" ", r.GetProperty("hardship").EnumerateArray()
        .Select(t => $"{t.GetProperty("tier").GetString()}:{t.GetProperty("entered").GetInt32()}/{t.GetProperty("exited").GetInt32()}/{t.GetProperty("registeredAtYearEnd").GetInt32()}"));

    private static string Cases(JsonElement r)
    {
        var c = r.GetProperty("legalAid");
        return $"{c.GetProperty("applications").GetInt32()}/{c.GetProperty("closed").GetInt32()}/{c.GetProperty("won").GetInt32()}/{c.GetProperty("partlyWon").GetInt32()}/{c.GetProperty("recoveredFen").GetInt64()}";
    }

    private static string Enterprises(JsonElement r) => string.Join(" ", r.GetProperty("enterprises").EnumerateArray()
        .Select(e => $"{e.GetProperty("name").GetString()}:{e.GetProperty("allocated").GetInt32()}/{e.GetProperty("received").GetInt32()}/{e.GetProperty("handedOut").GetInt32()}/{e.GetProperty("groupBuyOrders").GetInt32()}/{e.GetProperty("groupBuyTotalFen").GetInt64()}"));

    private static string Coverage(JsonElement r, string which)
    {
        var c = r.GetProperty("coverage").GetProperty(which);
        string Share(string name) => c.GetProperty(name).ValueKind == JsonValueKind.Null ? "-" : c.GetProperty(name).GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{c.GetProperty("enterprises").GetInt32()}/{c.GetProperty("unionised").GetInt32()}/{c.GetProperty("signed").GetInt32()}/{c.GetProperty("withWorkersCongress").GetInt32()}/{Share("signedShare")}/{Share("workersCongressShare")}";
    }

    [Test]
    public async Task Every_figure_equals_the_hand_counted_fixture_per_year_and_subtree()
    {
        var t = await SeedAsync();
        using var admin = await AdminAsync();

        // ---- everything, 2025 and 2026 (super_admin, no orgId: rows without an organisation included)
        var all25 = await ReportAsync(admin, 2025);
        Assert.That(all25.GetProperty("year").GetInt32(), Is.EqualTo(2025));
        Assert.That(all25.GetProperty("orgId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(Members(all25), Is.EqualTo(new[] { 4, 2, 4, 2 }));
        Assert.That(all25.GetProperty("servedPersonTimes").GetInt64(), Is.EqualTo(4)); // 3 vouchers + 1 grant
        Assert.That(Perks(all25), Is.EqualTo("voucher:3/2/1000 movie_ticket:0/0/0 goods:0/0/0"));
        Assert.That(Funds(all25), Is.EqualTo("送温暖基金:3/1/30000/30000"));
        Assert.That(Kinds(all25), Is.EqualTo("warmth:3/1/30000/30000 hardship:0/0/0/0 epidemic:0/0/0/0"));
        Assert.That(Tiers(all25), Is.EqualTo("deep:1/0/1 relative:1/0/1 emergency:0/0/0"));
        Assert.That(Cases(all25), Is.EqualTo("3/2/1/0/100000"));
        Assert.That(Enterprises(all25), Is.EqualTo("甲一机械厂:10/6/1/0/0 甲区商贸公司:0/0/0/1/12000 乙区电子厂:0/0/0/1/3000"));
        Assert.That(Coverage(all25, "all"), Is.EqualTo("3/3/1/2/0.3333/0.6667"));
        Assert.That(Coverage(all25, "large"), Is.EqualTo("1/1/1/1/1/1"));
        Assert.That(all25.GetProperty("coverage").GetProperty("largeHeadcount").GetInt32(), Is.EqualTo(100));
        Assert.That(all25.GetProperty("coverage").GetProperty("unknownHeadcount").GetInt32(), Is.EqualTo(1));

        var all26 = await ReportAsync(admin, 2026);
        Assert.That(Members(all26), Is.EqualTo(new[] { 2, 2, 6, 4 }));
        Assert.That(all26.GetProperty("servedPersonTimes").GetInt64(), Is.EqualTo(3)); // 1 voucher + 2 grants
        Assert.That(Perks(all26), Is.EqualTo("voucher:0/1/500 movie_ticket:0/0/0 goods:1/0/0"));
        Assert.That(Funds(all26), Is.EqualTo("送温暖基金:0/1/20000/10000 乙区疫情救助:1/1/8000/0"));
        Assert.That(Kinds(all26), Is.EqualTo("warmth:0/1/20000/10000 hardship:0/0/0/0 epidemic:1/1/8000/0"));
        Assert.That(Tiers(all26), Is.EqualTo("deep:1/0/2 relative:0/1/0 emergency:0/0/0"));
        Assert.That(Cases(all26), Is.EqualTo("1/1/0/1/50000"));
        Assert.That(Enterprises(all26), Is.EqualTo("甲一机械厂:0/4/1/1/7000 乙区电子厂:5/5/0/0/0"));
        Assert.That(Coverage(all26, "all"), Is.EqualTo("4/3/2/2/0.6667/0.6667"));
        Assert.That(Coverage(all26, "large"), Is.EqualTo("2/1/1/1/1/1"));

        // ---- district A's subtree (A and A1), both years
        var a25 = await ReportAsync(admin, 2025, t.A);
        Assert.That(a25.GetProperty("orgId").GetString(), Is.EqualTo(t.A.ToString()));
        Assert.That(a25.GetProperty("orgName").GetString(), Is.EqualTo("甲区总工会"));
        Assert.That(Members(a25), Is.EqualTo(new[] { 2, 1, 2, 1 }));
        Assert.That(a25.GetProperty("servedPersonTimes").GetInt64(), Is.EqualTo(3));
        Assert.That(Perks(a25), Is.EqualTo("voucher:2/1/500 movie_ticket:0/0/0 goods:0/0/0"));
        Assert.That(Funds(a25), Is.EqualTo("送温暖基金:2/1/30000/30000"));
        Assert.That(Tiers(a25), Is.EqualTo("deep:1/0/1 relative:1/0/1 emergency:0/0/0"));
        Assert.That(Cases(a25), Is.EqualTo("2/1/1/0/100000"));
        Assert.That(Enterprises(a25), Is.EqualTo("甲一机械厂:10/6/1/0/0 甲区商贸公司:0/0/0/1/12000"));
        Assert.That(Coverage(a25, "all"), Is.EqualTo("2/2/1/1/0.5/0.5"));
        Assert.That(Coverage(a25, "large"), Is.EqualTo("1/1/1/1/1/1"));

        var a26 = await ReportAsync(admin, 2026, t.A);
        Assert.That(Members(a26), Is.EqualTo(new[] { 1, 1, 3, 2 }));
        Assert.That(a26.GetProperty("servedPersonTimes").GetInt64(), Is.EqualTo(2));
        Assert.That(Perks(a26), Is.EqualTo("voucher:0/1/500 movie_ticket:0/0/0 goods:1/0/0"));
        Assert.That(Funds(a26), Is.EqualTo("送温暖基金:0/1/20000/10000"));
        Assert.That(Kinds(a26), Is.EqualTo("warmth:0/1/20000/10000 hardship:0/0/0/0 epidemic:0/0/0/0"));
        Assert.That(Tiers(a26), Is.EqualTo("deep:0/0/1 relative:0/1/0 emergency:0/0/0"));
        Assert.That(Cases(a26), Is.EqualTo("1/1/0/1/50000"));
        Assert.That(Enterprises(a26), Is.EqualTo("甲一机械厂:0/4/1/1/7000"));

        // ---- district B's subtree
        var b25 = await ReportAsync(admin, 2025, t.B);
        Assert.That(Members(b25), Is.EqualTo(new[] { 1, 1, 1, 1 }));
        Assert.That(Funds(b25), Is.EqualTo("送温暖基金:1/0/0/0"));
        Assert.That(Cases(b25), Is.EqualTo("1/1/0/0/0"));
        Assert.That(Coverage(b25, "all"), Is.EqualTo("1/1/0/1/0/1"));
        Assert.That(Coverage(b25, "large"), Is.EqualTo("0/0/0/0/-/-"));
        var b26 = await ReportAsync(admin, 2026, t.B);
        Assert.That(Funds(b26), Is.EqualTo("乙区疫情救助:1/1/8000/0"));
        Assert.That(Tiers(b26), Is.EqualTo("deep:1/0/1 relative:0/0/0 emergency:0/0/0"));
        Assert.That(Coverage(b26, "all"), Is.EqualTo("2/1/1/1/1/1"));
        Assert.That(Coverage(b26, "large"), Is.EqualTo("1/0/0/0/-/-"));

        // the city's subtree is everything except the member with no organisation
        var r25 = await ReportAsync(admin, 2025, t.R);
        Assert.That(Members(r25), Is.EqualTo(new[] { 3, 2, 3, 2 }));
    }

    [Test]
    public async Task An_org_admin_sees_their_subtree_and_no_other_organisation()
    {
        var t = await SeedAsync();
        using var admin = await AdminAsync();
        using var orgAdmin = await NewStaffAsync("org_admin", t.A.ToString());

        var own = await ReportAsync(orgAdmin, 2025);
        Assert.That(own.GetProperty("orgId").GetString(), Is.EqualTo(t.A.ToString()));
        var asAdmin = await ReportAsync(admin, 2025, t.A);
        Assert.That(own.ToString(), Is.EqualTo(asAdmin.ToString()), "the org_admin's default is their own subtree, the same figures");

        var street = await ReportAsync(orgAdmin, 2025, t.A1);
        Assert.That(Members(street), Is.EqualTo(new[] { 1, 0, 1, 0 }));
        Assert.That(Cases(street), Is.EqualTo("1/1/1/0/100000"));
        Assert.That(Enterprises(street), Is.EqualTo("甲一机械厂:10/6/1/0/0"));

        await Problem.ExpectAsync(await orgAdmin.GetAsync($"/api/v1/admin/reports/2025?orgId={t.B}"), 404, "not_found");
        await Problem.ExpectAsync(await orgAdmin.GetAsync($"/api/v1/admin/reports/2025?orgId={t.R}"), 404, "not_found");
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/reports/2025?orgId=999999"), 404, "not_found");
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/reports/1999"), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/reports/abcd"), 422, "validation.failed");
        await Problem.ExpectAsync(await admin.GetAsync("/api/v1/admin/reports/2025?orgId=x"), 422, "validation.failed");

        using var reviewer = await NewStaffAsync("reviewer");
        Assert.That((int)(await reviewer.GetAsync("/api/v1/admin/reports/2025")).StatusCode, Is.EqualTo(403));
        using var anonymous = Anonymous();
        Assert.That((int)(await anonymous.GetAsync("/api/v1/admin/reports/2025")).StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task The_report_downloads_as_csv_with_the_same_figures()
    {
        var t = await SeedAsync();
        using var admin = await AdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/admin/reports/2025?orgId={t.A}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await admin.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with BOM for Excel");
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.That(lines[0], Is.EqualTo("分类,项目,指标,数值"));
        Assert.That(lines, Does.Contain("\"会员\",\"2025年 甲区总工会\",\"新增会员\",2"));
        Assert.That(lines, Does.Contain("\"服务\",\"2025年 甲区总工会\",\"服务人次\",3"));
        Assert.That(lines, Does.Contain("\"帮扶资金(按基金)\",\"送温暖基金\",\"批准金额(分)\",30000"));
        Assert.That(lines, Does.Contain("\"企业\",\"甲区商贸公司\",\"团购金额(分)\",12000"));
        Assert.That(lines, Does.Contain("\"集体协商覆盖\",\"全部企业\",\"集体合同覆盖率\",0.5"));
        Assert.That(lines, Does.Contain("\"集体协商覆盖\",\"100人以上企业\",\"签订集体合同\",1"));
    }

    [Test]
    public async Task Staff_set_the_headcount_with_the_union_flags()
    {
        var org = await Seed.OrgAsync();
        var enterprise = await Seed.EnterpriseAsync(org);
        using var staff = await NewStaffAsync("org_admin", org.ToString());
        var set = await JsonAsync(await staff.PutAsJsonAsync($"/api/v1/admin/enterprises/{enterprise}/union-flags", new { headcount = 120 }), 200);
        Assert.That(set.GetProperty("headcount").GetInt32(), Is.EqualTo(120));
        Assert.That(set.GetProperty("isUnionised").GetBoolean(), Is.False, "omitted flags are unchanged");
        var flags = await JsonAsync(await staff.PutAsJsonAsync($"/api/v1/admin/enterprises/{enterprise}/union-flags", new { isUnionised = true }), 200);
        Assert.That(flags.GetProperty("headcount").GetInt32(), Is.EqualTo(120), "an omitted headcount is unchanged");
        await Problem.ExpectAsync(await staff.PutAsJsonAsync($"/api/v1/admin/enterprises/{enterprise}/union-flags", new { headcount = -1 }), 422, "validation.failed");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int?>("SELECT headcount FROM enterprise WHERE id=@enterprise", new { enterprise }), Is.EqualTo(120));
    }
}
