using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using UnionHub.IntegrationTests.Features.Funds;

namespace UnionHub.IntegrationTests.Features.Donations;

/// <summary>Donations (issue #19 item 4): money in on the fund's own ledger, receipts, the public account, dual-control reversal.</summary>
public sealed class DonationTests : FundsTest
{
    private static readonly DateOnly ReceivedOn = new(2026, 11, 15);

    private static object Donation(string fundId, long amountFen, string donorKind = "anonymous", string? enterpriseId = null,
        string? enterpriseName = null, string? memberId = null, string? contactName = null, string? contactPhone = null,
        string channel = "bank_transfer", DateOnly? receivedOn = null, string? note = null) =>
        new { fundId, donorKind, amountFen, channel, receivedOn = receivedOn ?? ReceivedOn, enterpriseId, enterpriseName, memberId, contactName,
            contactPhone, note };

    private static Task<HttpResponseMessage> DonateAsync(HttpClient staff, object body, string? idempotencyKey = null) =>
        PostKeyedAsync(staff, "/api/v1/admin/donations", body, idempotencyKey);

    /// <summary>The public account and the admin figures equal the sums of the fund's ledger; returns the public account.</summary>
    private static async Task<JsonElement> AssertAccountMatchesLedgerAsync(HttpClient staff, string fundId)
    {
        using var anonymous = Anonymous();
        var account = await JsonAsync(await anonymous.GetAsync($"/api/v1/public/funds/{fundId}"), 200);
        var fund = await JsonAsync(await staff.GetAsync($"/api/v1/admin/funds/{fundId}"), 200);
        await using var db = await DbAsync();
        long Sum(string entries) => db.ExecuteScalar<long>(
            $"SELECT CAST(COALESCE(SUM(amount_fen), 0) AS SIGNED) FROM fund_ledger WHERE fund_id = @fundId AND entry IN ({entries})", new { fundId });
        var raised = Sum("'donation', 'donation_reversal'");
        var granted = Sum("'grant'");
        var paid = Sum("'disbursement'");
        var budget = fund.GetProperty("budgetFen").GetInt64();
        var recordedDonations = await db.ExecuteScalarAsync<long>(
            "SELECT CAST(COALESCE(SUM(amount_fen), 0) AS SIGNED) FROM donation WHERE fund_id = @fundId AND status <> 'reversed'", new { fundId });
        Assert.Multiple(() =>
        {
            Assert.That(account.GetProperty("raisedFen").GetInt64(), Is.EqualTo(raised), "raised = ledger donations less reversals");
            Assert.That(account.GetProperty("grantedFen").GetInt64(), Is.EqualTo(granted), "granted = ledger grants");
            Assert.That(account.GetProperty("paidFen").GetInt64(), Is.EqualTo(paid), "paid = ledger payments");
            Assert.That(account.GetProperty("budgetFen").GetInt64(), Is.EqualTo(budget));
            Assert.That(account.GetProperty("availableFen").GetInt64(), Is.EqualTo(budget + raised - granted));
            Assert.That(account.GetProperty("balanceFen").GetInt64(), Is.EqualTo(budget + raised - paid));
            Assert.That(fund.GetProperty("donatedFen").GetInt64(), Is.EqualTo(raised), "the staff's figures say the same");
            Assert.That(fund.GetProperty("remainingFen").GetInt64(), Is.EqualTo(budget + raised - granted));
            Assert.That(recordedDonations, Is.EqualTo(raised), "the donations not reversed are what the ledger raised");
            Assert.That(granted, Is.LessThanOrEqualTo(budget + raised), "never more granted than budget + donations");
        });
        return account;
    }

    [Test]
    public async Task A_donation_raises_what_a_meeting_may_grant_and_the_public_account_equals_the_ledger()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        using var confirmer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: 100_000, maxGrantFen: 100_000, kind: "warmth");
        var first = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 80_000);
        var second = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 80_000);
        await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(first, "approve", 80_000)), 201);
        await Problem.ExpectAsync(await MeetingAsync(reviewer, fundId, Decision(second, "approve", 80_000)), 409, "fund.budget_exceeded");

        var enterprise = await Seed.EnterpriseAsync(await Seed.OrgAsync(), "示例机械厂");
        var donation = await JsonAsync(await DonateAsync(reviewer, Donation(fundId, 60_000, "enterprise",
            enterpriseId: enterprise.ToString(System.Globalization.CultureInfo.InvariantCulture), contactName: "王小明", contactPhone: "13912345678",
            note: "年终慰问捐款，联系人 13912345678")), 201);
        Assert.Multiple(() =>
        {
            Assert.That(donation.GetProperty("receiptNo").GetString(), Is.EqualTo("2026-000001"));
            Assert.That(donation.GetProperty("donorName").GetString(), Is.EqualTo("示例机械厂"));
            Assert.That(donation.GetProperty("contactName").GetString(), Is.EqualTo("王*明"));
            Assert.That(donation.GetProperty("contactPhone").GetString(), Is.EqualTo("139****5678"));
            Assert.That(donation.GetProperty("note").GetString(), Does.Not.Contain("13912345678"));
            Assert.That(donation.GetProperty("status").GetString(), Is.EqualTo("recorded"));
            Assert.That(donation.GetProperty("receivedOn").GetString(), Is.EqualTo("2026-11-15"));
        });
        await using (var db = await DbAsync())
        {
            var raw = await db.QuerySingleAsync<(byte[] Name, byte[] Phone, byte[] Note)>(
                "SELECT contact_name_enc, contact_phone_enc, note_enc FROM donation WHERE id = @id", new { id = donation.GetProperty("id").GetString() });
            Assert.That(System.Text.Encoding.UTF8.GetString(raw.Phone), Does.Not.Contain("13912345678"), "the phone is ciphertext at rest");
            Assert.That(System.Text.Encoding.UTF8.GetString(raw.Name), Does.Not.Contain("王小明"));
            Assert.That(System.Text.Encoding.UTF8.GetString(raw.Note), Does.Not.Contain("13912345678"));
            var ledger = await db.QuerySingleAsync<(string Entry, long Amount, long? ApplicationId)>(
                "SELECT entry, amount_fen, application_id FROM fund_ledger WHERE donation_id = @id", new { id = donation.GetProperty("id").GetString() });
            Assert.That(ledger, Is.EqualTo(("donation", 60_000L, (long?)null)), "money in is a row of the fund's own ledger");
        }

        var account = await AssertAccountMatchesLedgerAsync(reviewer, fundId);
        Assert.That(account.GetProperty("availableFen").GetInt64(), Is.EqualTo(80_000));

        // the same meeting that was refused now fits: budget 1,000 + donated 600 = 1,600 granted
        await JsonAsync(await MeetingAsync(reviewer, fundId, Decision(second, "approve", 80_000)), 201);
        var paid = await JsonAsync(await ProposeAsync(reviewer, first, 50_000), 201);
        await JsonAsync(await confirmer.PostAsync($"/api/v1/admin/disbursements/{paid.GetProperty("id").GetString()}/confirm", null), 200);

        account = await AssertAccountMatchesLedgerAsync(reviewer, fundId);
        Assert.Multiple(() =>
        {
            Assert.That(account.GetProperty("raisedFen").GetInt64(), Is.EqualTo(60_000));
            Assert.That(account.GetProperty("grantedFen").GetInt64(), Is.EqualTo(160_000));
            Assert.That(account.GetProperty("paidFen").GetInt64(), Is.EqualTo(50_000));
            Assert.That(account.GetProperty("availableFen").GetInt64(), Is.Zero);
            Assert.That(account.GetProperty("balanceFen").GetInt64(), Is.EqualTo(110_000));
            Assert.That(account.GetProperty("donations").GetInt32(), Is.EqualTo(1));
            Assert.That(account.GetRawText(), Does.Not.Contain("示例机械厂"), "the public account names no donor");
        });
        await AssertLedgerMatchesAsync(reviewer, fundId);

        // the receipt prints
        var receipt = await reviewer.GetAsync($"/api/v1/admin/donations/{donation.GetProperty("id").GetString()}/receipt.pdf");
        Assert.That((int)receipt.StatusCode, Is.EqualTo(200));
        Assert.That(receipt.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(System.Text.Encoding.ASCII.GetString((await receipt.Content.ReadAsByteArrayAsync())[..5]), Is.EqualTo("%PDF-"));

        using var anonymous = Anonymous();
        await Problem.ExpectAsync(await anonymous.GetAsync("/api/v1/public/funds/987654"), 404, "not_found");
        await Problem.ExpectAsync(await anonymous.GetAsync("/api/v1/admin/donations"), 401, "auth.unauthenticated");
    }

    [Test]
    public async Task Parallel_donations_get_distinct_consecutive_receipt_numbers_and_all_reach_the_ledger()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, kind: "warmth");
        var otherFund = await CreateFundAsync(reviewer, kind: "epidemic");
        const int n = 24;
        var responses = await Task.WhenAll(Enumerable.Range(1, n).Select(i =>
            DonateAsync(reviewer, Donation(i % 3 == 0 ? otherFund : fundId, 1_000 + i, channel: i % 2 == 0 ? "cash" : "online"))));
        var numbers = new List<string>();
        foreach (var r in responses)
        {
            numbers.Add((await JsonAsync(r, 201)).GetProperty("receiptNo").GetString()!);
        }

        Assert.That(numbers, Is.Unique, "no two donations share a receipt number");
        Assert.That(numbers.Order(StringComparer.Ordinal), Is.EqualTo(Enumerable.Range(1, n).Select(i => $"2026-{i:D6}")),
            "the year's numbers are consecutive from 000001 (one counter for all funds)");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(DISTINCT receipt_seq) FROM donation WHERE receipt_year = 2026"), Is.EqualTo(n));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT last_seq FROM donation_receipt_counter WHERE year = 2026"), Is.EqualTo(n));
        await AssertAccountMatchesLedgerAsync(reviewer, fundId);
        await AssertAccountMatchesLedgerAsync(reviewer, otherFund);
        var total = Enumerable.Range(1, n).Where(i => i % 3 != 0).Sum(i => 1_000L + i);
        using var anonymous = Anonymous();
        Assert.That((await JsonAsync(await anonymous.GetAsync($"/api/v1/public/funds/{fundId}"), 200)).GetProperty("raisedFen").GetInt64(), Is.EqualTo(total));

        // a retried request with the same Idempotency-Key is the same donation, not a second receipt
        var once = await JsonAsync(await DonateAsync(reviewer, Donation(fundId, 5_000), "donation-retry-1"), 201);
        var again = await JsonAsync(await DonateAsync(reviewer, Donation(fundId, 5_000), "donation-retry-1"), 201);
        Assert.That(again.GetProperty("receiptNo").GetString(), Is.EqualTo(once.GetProperty("receiptNo").GetString()));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM donation"), Is.EqualTo(n + 1));
    }

    [Test]
    public async Task A_reversal_needs_a_second_staff_user_and_is_a_new_ledger_row()
    {
        using var requester = await NewStaffAsync("reviewer");
        using var approver = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(requester, kind: "warmth");
        var member = await NewVerifiedMemberAsync();
        var donation = await JsonAsync(await DonateAsync(requester, Donation(fundId, 30_000, "member",
            memberId: member.ToString(System.Globalization.CultureInfo.InvariantCulture))), 201);
        Assert.That(donation.GetProperty("donorName").GetString(), Is.EqualTo("张*"), "a member donor's name is masked");
        var id = donation.GetProperty("id").GetString();

        await Problem.ExpectAsync(await approver.PostAsync($"/api/v1/admin/donations/{id}/reversal/approve", null), 409, "donation.reversal_not_requested");
        await Problem.ExpectAsync(await requester.PostAsJsonAsync($"/api/v1/admin/donations/{id}/reversal", new { reason = " " }), 422, "validation.failed");
        var requested = await JsonAsync(await requester.PostAsJsonAsync($"/api/v1/admin/donations/{id}/reversal", new { reason = "金额录入错误，应为 300 元" }), 200);
        Assert.That(requested.GetProperty("status").GetString(), Is.EqualTo("reversal_requested"));
        Assert.That(requested.GetProperty("reversal").GetProperty("reason").GetString(), Is.EqualTo("金额录入错误，应为 300 元"));
        await Problem.ExpectAsync(await approver.PostAsJsonAsync($"/api/v1/admin/donations/{id}/reversal", new { reason = "再次申请" }), 409, "donation.not_reversible");

        // the requester cannot approve their own request; nothing moves
        await Problem.ExpectAsync(await requester.PostAsync($"/api/v1/admin/donations/{id}/reversal/approve", null), 409, "donation.reversal_same_user");
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM donation WHERE id = @id", new { id }), Is.EqualTo("reversal_requested"));
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_ledger WHERE entry = 'donation_reversal'"), Is.Zero);
        Assert.That((await AssertAccountMatchesLedgerAsync(requester, fundId)).GetProperty("raisedFen").GetInt64(), Is.EqualTo(30_000));

        var reversed = await JsonAsync(await approver.PostAsync($"/api/v1/admin/donations/{id}/reversal/approve", null), 200);
        Assert.That(reversed.GetProperty("status").GetString(), Is.EqualTo("reversed"));
        Assert.That(reversed.GetProperty("reversal").GetProperty("decidedBy").GetString(), Is.Not.EqualTo(reversed.GetProperty("reversal").GetProperty("requestedBy").GetString()));
        var rows = (await db.QueryAsync<(string Entry, long Amount)>("SELECT entry, amount_fen FROM fund_ledger WHERE donation_id = @id ORDER BY id", new { id })).ToList();
        Assert.That(rows, Is.EqualTo(new[] { ("donation", 30_000L), ("donation_reversal", -30_000L) }), "the original row stays; the reversal is a new row");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM donation WHERE id = @id", new { id }), Is.EqualTo(1), "nothing is deleted");
        Assert.That((await AssertAccountMatchesLedgerAsync(requester, fundId)).GetProperty("raisedFen").GetInt64(), Is.Zero);
        await Problem.ExpectAsync(await approver.PostAsync($"/api/v1/admin/donations/{id}/reversal/approve", null), 409, "donation.reversal_not_requested");
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'donation.%'"), Is.EqualTo(3));
    }

    [Test]
    public async Task Money_already_granted_cannot_be_reversed_out_and_a_rejected_request_leaves_the_donation()
    {
        using var requester = await NewStaffAsync("reviewer");
        using var approver = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(requester, budgetFen: 100_000, maxGrantFen: 100_000, kind: "warmth");
        var donation = await JsonAsync(await DonateAsync(requester, Donation(fundId, 50_000, "enterprise", enterpriseName: "某商会")), 201);
        var id = donation.GetProperty("id").GetString();
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 100_000);
        await JsonAsync(await MeetingAsync(requester, fundId, Decision(app, "approve", 100_000)), 201);
        var app2 = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 30_000);
        await JsonAsync(await MeetingAsync(requester, fundId, Decision(app2, "approve", 30_000)), 201); // 1,300 granted of 1,500

        await JsonAsync(await requester.PostAsJsonAsync($"/api/v1/admin/donations/{id}/reversal", new { reason = "重复录入" }), 200);
        var refused = await Problem.ExpectAsync(await approver.PostAsync($"/api/v1/admin/donations/{id}/reversal/approve", null), 409,
            "donation.reversal_over_granted");
        Assert.That(refused.Raw.GetProperty("shortFen").GetInt64(), Is.EqualTo(30_000));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT status FROM donation WHERE id = @id", new { id }), Is.EqualTo("reversal_requested"),
            "the refusal rolled the approval back");
        Assert.That((await AssertAccountMatchesLedgerAsync(requester, fundId)).GetProperty("raisedFen").GetInt64(), Is.EqualTo(50_000));

        var kept = await JsonAsync(await requester.PostAsync($"/api/v1/admin/donations/{id}/reversal/reject", null), 200);
        Assert.That(kept.GetProperty("status").GetString(), Is.EqualTo("recorded"));
        Assert.That(kept.GetProperty("reversal").ValueKind, Is.EqualTo(JsonValueKind.Null));
        await Problem.ExpectAsync(await requester.PostAsync($"/api/v1/admin/donations/{id}/reversal/reject", null), 409, "donation.reversal_not_requested");
    }

    [Test]
    public async Task Invalid_donations_are_refused_and_write_nothing()
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, kind: "warmth");

        var missing = await Problem.ExpectAsync(await reviewer.PostAsJsonAsync("/api/v1/admin/donations", new { fundId }), 422, "validation.failed");
        Assert.That(missing.Raw.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "donorKind", "amountFen", "channel", "receivedOn" }));
        var bad = await Problem.ExpectAsync(await DonateAsync(reviewer, new
        {
            fundId, donorKind = "member", amountFen = -5, channel = "cheque", receivedOn = DateOnly.FromDateTime(Api.Clock.GetUtcNow().AddHours(8).AddDays(3).DateTime),
        }), 422, "validation.failed");
        Assert.That(bad.Raw.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "memberId", "amountFen", "channel", "receivedOn" }));
        await Problem.ExpectAsync(await DonateAsync(reviewer, Donation(fundId, 100, contactPhone: "13912345678")), 422, "validation.failed");
        await Problem.ExpectAsync(await DonateAsync(reviewer, Donation(fundId, 100, "enterprise")), 422, "validation.failed");
        await Problem.ExpectAsync(await DonateAsync(reviewer, Donation(fundId, 100, "enterprise", enterpriseId: "1", enterpriseName: "两者都给")), 422,
            "validation.failed");

        var year = await Problem.ExpectAsync(await DonateAsync(reviewer, Donation(fundId, 100, receivedOn: new DateOnly(2025, 12, 31))), 422,
            "donation.fund_year_mismatch");
        Assert.That(year.Raw.GetProperty("fundYear").GetInt32(), Is.EqualTo(2026));
        await Problem.ExpectAsync(await DonateAsync(reviewer, Donation("987654", 100)), 404, "not_found");
        await Problem.ExpectAsync(await DonateAsync(reviewer, Donation(fundId, 100, "enterprise", enterpriseId: "987654")), 404, "not_found");
        await Problem.ExpectAsync(await DonateAsync(reviewer, Donation(fundId, 100, "member", memberId: "987654")), 404, "not_found");
        await Problem.ExpectAsync(await reviewer.GetAsync("/api/v1/admin/donations?status=lost"), 422, "validation.failed");
        await Problem.ExpectAsync(await reviewer.GetAsync("/api/v1/admin/donations/987654"), 404, "not_found");

        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM donation"), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fund_ledger"), Is.Zero);
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT donated_fen FROM fund WHERE id = @fundId", new { fundId }), Is.Zero);
    }

    [Test]
    public async Task Staff_see_only_donations_to_funds_of_their_subtree_and_can_export_them()
    {
        using var admin = await AdminAsync();
        var city = await Seed.OrgAsync("市总工会");
        var district = await Seed.OrgAsync("区总工会", city);
        var other = await Seed.OrgAsync("另一市总工会");
        var districtFund = await CreateFundAsync(admin, kind: "warmth", orgId: district);
        var otherFund = await CreateFundAsync(admin, kind: "warmth", orgId: other);
        await JsonAsync(await DonateAsync(admin, Donation(districtFund, 1_000, "enterprise", enterpriseName: "区内企业", contactName: "李四",
            contactPhone: "13800001111")), 201);
        var hidden = await JsonAsync(await DonateAsync(admin, Donation(otherFund, 2_000)), 201);

        using var cityReviewer = await NewStaffAsync("reviewer", city.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var page = await JsonAsync(await cityReviewer.GetAsync("/api/v1/admin/donations"), 200);
        Assert.That(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("fundId").GetString()), Is.EqualTo(new[] { districtFund }));
        await Problem.ExpectAsync(await cityReviewer.GetAsync($"/api/v1/admin/donations/{hidden.GetProperty("id").GetString()}"), 404, "not_found");
        await Problem.ExpectAsync(await cityReviewer.PostAsJsonAsync($"/api/v1/admin/donations/{hidden.GetProperty("id").GetString()}/reversal",
            new { reason = "越权" }), 404, "not_found");
        await Problem.ExpectAsync(await DonateAsync(cityReviewer, Donation(otherFund, 100)), 404, "not_found");

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/donations");
        csvRequest.Headers.Add("Accept", "text/csv");
        var csv = await cityReviewer.SendAsync(csvRequest);
        Assert.That((int)csv.StatusCode, Is.EqualTo(200));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.That(text, Does.Contain("2026-000001").And.Contain("区内企业").And.Contain("138****1111").And.Not.Contain("13800001111"));
        Assert.That(text, Does.Not.Contain("2026-000002"));
    }
}
