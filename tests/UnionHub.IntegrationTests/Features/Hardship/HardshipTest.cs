using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Platform;
using UnionHub.IntegrationTests.Features.Funds;

namespace UnionHub.IntegrationTests.Features.Hardship;

/// <summary>
/// Helpers for the hardship tests: a city union with two districts, a grassroots union under the first district,
/// staff accounts at each level (re-login after the clock moves), registered members, rounds and the review steps.
/// </summary>
public abstract class HardshipTest : FundsTest
{
    protected const string Password = "correct horse battery";

    /// <summary>City -> District A -> Grassroots A1; City -> District B.</summary>
    protected sealed record Orgs(long City, long DistrictA, long GrassrootsA1, long DistrictB);

    protected static async Task<Orgs> OrgsAsync()
    {
        var city = await Seed.OrgAsync("市总工会");
        var districtA = await Seed.OrgAsync("甲区总工会", city);
        var grassroots = await Seed.OrgAsync("甲区某厂工会", districtA);
        var districtB = await Seed.OrgAsync("乙区总工会", city);
        return new Orgs(city, districtA, grassroots, districtB);
    }

    /// <summary>Creates a staff account and returns its username (log in with <see cref="LoginAsync"/>).</summary>
    protected static async Task<string> NewStaffUserAsync(string role, long? orgId = null)
    {
        using var admin = await AdminAsync();
        var username = $"{role}-{Guid.NewGuid():N}"[..30];
        var created = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { username, password = Password, role, orgId = orgId?.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        return username;
    }

    protected static Task<HttpClient> LoginAsync(string username) => StaffClientAsync(username, Password);

    protected static string S(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A verified member of <paramref name="orgId"/> put on the register by <paramref name="keeper"/>; returns (memberId, householdId).</summary>
    protected static async Task<(long MemberId, string HouseholdId)> RegisteredMemberAsync(HttpClient keeper, long orgId, string tier = "deep",
        string name = "王小明")
    {
        var memberId = await Seed.VerifiedMemberAsync(orgId, name);
        var household = await JsonAsync(await keeper.PostAsJsonAsync("/api/v1/admin/hardship/households", new
        {
            memberId = S(memberId), tier, reason = "major_illness", enteredOn = "2026-03-01",
            homeVisit = "2026-02-20 入户走访：家中一人重病", incomeCheck = "家庭人均月收入 900 元",
        }), 201);
        return (memberId, household.GetProperty("id").GetString()!);
    }

    /// <summary>A round of <paramref name="orgId"/> open now for 30 days, paid from a new hardship fund of that org; returns (roundId, fundId).</summary>
    protected static async Task<(string RoundId, string FundId)> RoundAsync(HttpClient admin, long orgId, long budgetFen = 10_000_000,
        bool packages = false)
    {
        using var reviewer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(reviewer, budgetFen: budgetFen, maxGrantFen: 500_000, orgId: orgId);
        var now = Api.Clock.GetUtcNow();
        var round = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/hardship/rounds", new
        {
            orgId = S(orgId), title = "2026 年下半年困难职工帮扶", kind = "regular", fundId,
            opensAt = now.AddMinutes(-1), closesAt = now.AddDays(30),
            tiers = new[]
            {
                new { tier = "deep", standardFen = 300_000L, capFen = 400_000L },
                new { tier = "relative", standardFen = 150_000L, capFen = 200_000L },
            },
            packages = packages
                ? new[] { new { name = "A 套餐", items = new[] { "大米 10kg", "食用油 5L" } }, new { name = "B 套餐", items = new[] { "棉被", "羽绒服" } } }
                : null,
        }), 201);
        return (round.GetProperty("id").GetString()!, fundId);
    }

    protected static Task<HttpResponseMessage> ReviewAsync(HttpClient staff, string declarationId, string step, string decision = "approve",
        string? note = "符合条件") =>
        staff.PostAsJsonAsync($"/api/v1/admin/hardship/declarations/{declarationId}/{step}", new { decision, note });

    protected static Task<HttpResponseMessage> ApproveAsync(HttpClient staff, string declarationId, long? amountFen = null) =>
        staff.PostAsJsonAsync($"/api/v1/admin/hardship/declarations/{declarationId}/approve", new { amountFen });

    protected static async Task<string> DeclareAsMemberAsync(long memberId, string roundId)
    {
        using var member = WithToken(MemberToken(memberId));
        var d = await JsonAsync(await member.PostAsJsonAsync("/api/v1/hardship/declarations", new { roundId, note = "今年家中老人住院" }), 201);
        return d.GetProperty("id").GetString()!;
    }

    /// <summary>Moves the clock to just after the declaration's notice end (which is checked against the working calendar).</summary>
    protected static async Task<DateTimeOffset> NoticeEndAsync(string declarationId)
    {
        await using var db = await DbAsync();
        var row = await db.QuerySingleAsync<(DateTime Start, DateTime End)>(
            "SELECT notice_starts_at, notice_ends_at FROM hardship_declaration WHERE id = @declarationId", new { declarationId });
        var calendar = Api.Services.GetRequiredService<WorkingCalendar>();
        var end = new DateTimeOffset(DateTime.SpecifyKind(row.End, DateTimeKind.Utc));
        Assert.That(end, Is.EqualTo(calendar.DeadlineAfter(new DateTimeOffset(DateTime.SpecifyKind(row.Start, DateTimeKind.Utc)), 5)),
            "the notice ends 5 working days after it starts");
        return end;
    }

    protected static void AdvanceTo(DateTimeOffset instant)
    {
        var delta = instant - Api.Clock.GetUtcNow();
        if (delta > TimeSpan.Zero)
        {
            Api.Clock.Advance(delta);
        }
    }

    protected static async Task<int> OutboxCountAsync(long memberId, string? status = null)
    {
        await using var db = await DbAsync();
        return await db.ExecuteScalarAsync<int>("""
            SELECT COUNT(*) FROM notification_outbox WHERE member_id = @memberId AND kind = 'hardship.decided'
              AND (@status IS NULL OR payload LIKE CONCAT('%"status":"', @status, '"%'))
            """, new { memberId, status });
    }

    protected static string Str(JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
