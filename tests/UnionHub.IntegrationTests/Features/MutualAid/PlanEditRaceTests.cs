using System.Globalization;
using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.MutualAid;

/// <summary>
/// ADR 0021: a plan edit reads the plan after it holds the plan row's lock, so two edits of different fields at once keep both,
/// and an open plan's end date never moves earlier than an edit already committed.
/// </summary>
public sealed class PlanEditRaceTests : ApiTest
{
    private const int Trials = 15;

    private static DateOnly Today => DateOnly.FromDateTime(Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Test]
    public async Task Parallel_edits_of_an_open_plan_lose_no_field_and_the_end_date_only_moves_later()
    {
        var org = await Seed.OrgAsync();
        using var admin = await NewStaffAsync("org_admin", org.ToString(CultureInfo.InvariantCulture));
        var planId = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/admin/mutual-aid/plans", new
        {
            fundId = await MutualAidFunds.CreateAsync(org), name = "2026年度职工互助保障", coversFrom = Day(Today.AddDays(-30)),
            coversTo = Day(Today.AddDays(300)), priceFen = 3_000, paidBy = "union", status = "open",
            benefits = new object[] { new { eventType = "accident", capFen = 10_000 } },
        }), 201)).GetProperty("id").GetString()!;
        var url = $"/api/v1/admin/mutual-aid/plans/{planId}";
        await using var db = await DbAsync();
        for (var trial = 1; trial <= Trials; trial++)
        {
            // one edit renames, one moves the end 2 days later, one only 1 day later: serially the name and the later end both stay
            var name = $"2026年度职工互助保障（第{trial}次修订）";
            var later = Today.AddDays(300 + (2 * trial));
            var answers = await ParallelAsync(
            [
                () => admin.PatchAsJsonAsync(url, new { name }),
                () => admin.PatchAsJsonAsync(url, new { coversTo = Day(later) }),
                () => admin.PatchAsJsonAsync(url, new { coversTo = Day(later.AddDays(-1)) }),
            ]);
            var row = await db.QuerySingleAsync<(string Name, DateTime CoversTo)>("SELECT name, covers_to FROM mutual_aid_plan WHERE id = @planId",
                new { planId });
            Assert.Multiple(() =>
            {
                Assert.That(answers[0].Status, Is.EqualTo(200), $"trial {trial}: the rename");
                Assert.That(answers[1].Status, Is.EqualTo(200), $"trial {trial}: the later end");
                Assert.That(answers[2].Status is 200 || (answers[2].Status == 409 && answers[2].Body.GetProperty("code").GetString() == "mutual_aid.plan_not_editable"),
                    Is.True, $"trial {trial}: the earlier end is taken before the later one or refused after it ({answers[2].Status})");
                Assert.That(row.Name, Is.EqualTo(name), $"trial {trial}: the rename is kept");
                Assert.That(DateOnly.FromDateTime(row.CoversTo), Is.EqualTo(later), $"trial {trial}: the end date is the later one");
            });
        }
    }
}
