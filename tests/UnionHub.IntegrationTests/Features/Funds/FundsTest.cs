using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Funds;

/// <summary>Helpers shared by the relief-fund tests: funds, applications, meetings, and the ledger check.</summary>
public abstract class FundsTest : ApiTest
{
    protected static async Task<string> CreateFundAsync(HttpClient staff, long budgetFen = 1_000_000, long maxGrantFen = 300_000,
        DateTimeOffset? opensAt = null, DateTimeOffset? closesAt = null, string kind = "hardship", long? orgId = null)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/admin/funds", new
        {
            name = "2026 年困难职工帮扶",
            kind,
            year = 2026,
            budgetFen,
            maxGrantFen,
            opensAt,
            closesAt,
            eligibilityNotes = "在册会员，家庭人均收入低于当地最低工资标准",
            orgId = orgId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return (await JsonAsync(response, 201)).GetProperty("id").GetString()!;
    }

    /// <summary>The grant of each place of the lotteries of <see cref="DraftGrantLotteryAsync"/>.</summary>
    protected const long LotteryGrant = 50_000;

    /// <summary>A draft grant lottery on the fund (places x 50,000 fen), window opening in a minute; its id.</summary>
    protected static async Task<string> DraftGrantLotteryAsync(HttpClient admin, string fundId, int places)
    {
        var org = await Seed.OrgAsync();
        var opens = Api.Clock.GetUtcNow().AddMinutes(1);
        using var request = KeyedPost("/api/v1/admin/lotteries", new
        {
            title = "学历提升补助抽签", orgId = org.ToString(System.Globalization.CultureInfo.InvariantCulture), places, opensAt = opens,
            closesAt = opens.AddDays(1), fundId, grantFen = LotteryGrant,
        }, Guid.NewGuid().ToString("N"));
        return (await JsonAsync(await admin.SendAsync(request), 201)).GetProperty("id").GetString()!;
    }

    /// <summary>POST /admin/lotteries/{id}/open: publishes a draft lottery.</summary>
    protected static Task<HttpResponseMessage> PublishAsync(HttpClient admin, string lotteryId) =>
        admin.PostAsync($"/api/v1/admin/lotteries/{lotteryId}/open", null);

    protected static object ApplicationBody(string fundId, long requestedFen = 200_000, bool? draft = null,
        string category = "major_illness", string reason = "家人重病住院，医疗费用负担重") =>
        new { fundId, category, requestedFen, reason, contactPhone = "13812345678", draft };

    protected static async Task<HttpResponseMessage> ApplyRawAsync(long memberId, object body, string? idempotencyKey = null)
    {
        using var client = WithToken(MemberToken(memberId));
        return await PostKeyedAsync(client, "/api/v1/fund-applications", body, idempotencyKey);
    }

    /// <summary>A verified member's submitted application; returns its id.</summary>
    protected static async Task<string> ApplyAsync(long memberId, string fundId, long requestedFen = 200_000, bool? draft = null)
    {
        var response = await ApplyRawAsync(memberId, ApplicationBody(fundId, requestedFen, draft));
        return (await JsonAsync(response, 201)).GetProperty("id").GetString()!;
    }

    protected static async Task<long> NewVerifiedMemberAsync()
    {
        var org = await Seed.OrgAsync();
        return await Seed.VerifiedMemberAsync(org);
    }

    protected static object Decision(string applicationId, string decision, long? grantedFen = null, string note = "符合条件") =>
        new { applicationId, decision, grantedFen, note };

    protected static Task<HttpResponseMessage> MeetingAsync(HttpClient staff, string fundId, params object[] decisions) =>
        staff.PostAsJsonAsync("/api/v1/admin/review-meetings", new
        {
            fundId,
            heldAt = new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.FromHours(8)),
            minutes = "第 3 次帮扶评审会，5 名委员出席",
            decisions,
        });

    protected static Task<HttpResponseMessage> ProposeAsync(HttpClient staff, string applicationId, long amountFen,
        string reference = "BANK-0001", string? idempotencyKey = null) =>
        PostKeyedAsync(staff, $"/api/v1/admin/fund-applications/{applicationId}/disbursements", new { amountFen, reference }, idempotencyKey);

    protected static async Task<string> StatusOfAsync(string applicationId)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<string>("SELECT status FROM fund_application WHERE id = @applicationId", new { applicationId }) ?? "";
    }

    /// <summary>The fund's figures (API and row) equal the sums of its append-only ledger; returns (granted, disbursed).</summary>
    protected static async Task<(long Granted, long Disbursed)> AssertLedgerMatchesAsync(HttpClient staff, string fundId)
    {
        var fund = await JsonAsync(await staff.GetAsync($"/api/v1/admin/funds/{fundId}"), 200);
        await using var db = await DbAsync();
        var grants = await db.ExecuteScalarAsync<long>(
            "SELECT COALESCE(SUM(amount_fen), 0) FROM fund_ledger WHERE fund_id = @fundId AND entry IN ('grant', 'grant_reversal')", new { fundId });
        var payments = await db.ExecuteScalarAsync<long>(
            "SELECT COALESCE(SUM(amount_fen), 0) FROM fund_ledger WHERE fund_id = @fundId AND entry = 'disbursement'", new { fundId });
        var approvedGrants = await db.ExecuteScalarAsync<long>(
            "SELECT COALESCE(SUM(granted_fen), 0) FROM fund_application WHERE fund_id = @fundId AND status IN ('approved', 'disbursed')",
            new { fundId });
        var paidOnApplications = await db.ExecuteScalarAsync<long>(
            "SELECT COALESCE(SUM(paid_fen), 0) FROM fund_application WHERE fund_id = @fundId", new { fundId });
        var donated = await db.ExecuteScalarAsync<long>(
            "SELECT CAST(COALESCE(SUM(amount_fen), 0) AS SIGNED) FROM fund_ledger WHERE fund_id = @fundId AND entry IN ('donation', 'donation_reversal')",
            new { fundId });
        var budget = fund.GetProperty("budgetFen").GetInt64() + donated; // what may be granted: budget + donations (ADR 0018)
        Assert.Multiple(() =>
        {
            Assert.That(fund.GetProperty("grantedFen").GetInt64(), Is.EqualTo(grants), "granted = ledger grants");
            Assert.That(fund.GetProperty("disbursedFen").GetInt64(), Is.EqualTo(payments), "disbursed = ledger payments");
            Assert.That(fund.GetProperty("remainingFen").GetInt64(), Is.EqualTo(budget - grants), "remaining = budget + donated - granted");
            Assert.That(approvedGrants, Is.EqualTo(grants), "the approved applications' grants are the ledger's grants");
            Assert.That(paidOnApplications, Is.EqualTo(payments), "the applications' paid amounts are the ledger's payments");
            Assert.That(grants, Is.LessThanOrEqualTo(budget), "never more granted than the budget and donations");
        });
        return (grants, payments);
    }
}
