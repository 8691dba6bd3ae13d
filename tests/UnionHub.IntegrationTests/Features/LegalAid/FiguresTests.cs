namespace UnionHub.IntegrationTests.Features.LegalAid;

/// <summary>Yearly figures against hand-counted fixtures (cases seeded straight into the table).</summary>
public sealed class FiguresTests : LegalAidTest
{
    private long _city, _district, _other;

    private async Task SeedAsync()
    {
        _city = await Seed.OrgAsync("市总工会");
        _district = await Seed.OrgAsync("区总工会", _city);
        _other = await Seed.OrgAsync("另一市总工会");
        var a = await Seed.VerifiedMemberAsync(_city);
        var b = await Seed.VerifiedMemberAsync(_district, "李四");
        var c = await Seed.VerifiedMemberAsync(_other, "王五");

        // 1. city, 2026: accepted, closed won
        await SeedCaseAsync(_city, a, Cn(2026, 3, 1), "closed", 100_000, accepted: Cn(2026, 3, 3), closed: Cn(2026, 6, 1), outcome: "won", recoveredFen: 80_000);
        // 2. district, 2026: accepted, closed settled
        await SeedCaseAsync(_district, b, Cn(2026, 4, 1), "closed", 50_000, accepted: Cn(2026, 4, 2), closed: Cn(2026, 8, 1), outcome: "settled", recoveredFen: 30_000);
        // 3. city, 2026: refused
        await SeedCaseAsync(_city, a, Cn(2026, 5, 1), "refused", 20_000, decided: Cn(2026, 5, 3));
        // 4. district, 2026: accepted, still in arbitration
        await SeedCaseAsync(_district, b, Cn(2026, 7, 1), "arbitration", 300_000, accepted: Cn(2026, 7, 2));
        // 5. city: applied and accepted in December 2025, closed won in 2026
        await SeedCaseAsync(_city, a, Cn(2025, 12, 20), "closed", 70_000, accepted: Cn(2025, 12, 22), closed: Cn(2026, 2, 1), outcome: "won", recoveredFen: 70_000);
        // 6. city: all of it in 2025, lost
        await SeedCaseAsync(_city, a, Cn(2025, 5, 1), "closed", 10_000, accepted: Cn(2025, 5, 3), closed: Cn(2025, 9, 1), outcome: "lost", recoveredFen: 0);
        // 7. another organisation, 2026: never counted for the city
        await SeedCaseAsync(_other, c, Cn(2026, 3, 1), "closed", 999_999, accepted: Cn(2026, 3, 2), closed: Cn(2026, 4, 1), outcome: "won", recoveredFen: 999_999);
        // 8. the year ends at midnight China time: 23:30 on 31 December counts in 2026, 00:30 on 1 January in 2027
        await SeedCaseAsync(_city, a, Cn(2026, 12, 31, 23, 30), "submitted", 5_000);
        await SeedCaseAsync(_city, a, Cn(2027, 1, 1, 0, 30), "submitted", 7_000);
        // 9. city, 2026: accepted, closed won
        await SeedCaseAsync(_city, a, Cn(2026, 9, 1), "closed", 40_000, accepted: Cn(2026, 9, 2), closed: Cn(2026, 10, 1), outcome: "won", recoveredFen: 40_000);
    }

    private static async Task<System.Text.Json.JsonElement> FiguresAsync(HttpClient staff, int year, long? orgId = null) =>
        await JsonAsync(await staff.GetAsync($"/api/v1/admin/legal-aid/figures?year={year}" + (orgId is null ? "" : $"&orgId={orgId}")), 200);

    private static void AssertFigures(System.Text.Json.JsonElement f, int applications, int accepted, int refused, int closed, int won,
        int settled, int lost, long stake, long recovered) =>
        Assert.Multiple(() =>
        {
            Assert.That(f.GetProperty("applications").GetInt32(), Is.EqualTo(applications), "applications");
            Assert.That(f.GetProperty("accepted").GetInt32(), Is.EqualTo(accepted), "accepted");
            Assert.That(f.GetProperty("refused").GetInt32(), Is.EqualTo(refused), "refused");
            Assert.That(f.GetProperty("closed").GetInt32(), Is.EqualTo(closed), "closed");
            Assert.That(f.GetProperty("won").GetInt32(), Is.EqualTo(won), "won");
            Assert.That(f.GetProperty("settled").GetInt32(), Is.EqualTo(settled), "settled");
            Assert.That(f.GetProperty("lost").GetInt32(), Is.EqualTo(lost), "lost");
            Assert.That(f.GetProperty("amountAtStakeFen").GetInt64(), Is.EqualTo(stake), "amount at stake");
            Assert.That(f.GetProperty("recoveredFen").GetInt64(), Is.EqualTo(recovered), "recovered");
        });

    [Test]
    public async Task A_years_figures_count_the_organisation_subtree_by_the_date_of_each_event()
    {
        await SeedAsync();
        using var cityAdmin = await NewStaffAsync("org_admin", _city.ToString());

        // 2026, city and district: applications 1,2,3,4,8a,9; accepted 1,2,4,9; refused 3; closed 1,2,5,9 (won 1,5,9; settled 2)
        AssertFigures(await FiguresAsync(cityAdmin, 2026), applications: 6, accepted: 4, refused: 1, closed: 4, won: 3, settled: 1, lost: 0,
            stake: 100_000 + 50_000 + 20_000 + 300_000 + 5_000 + 40_000, recovered: 80_000 + 30_000 + 70_000 + 40_000);
        // the district alone: cases 2 and 4
        AssertFigures(await FiguresAsync(cityAdmin, 2026, _district), applications: 2, accepted: 2, refused: 0, closed: 1, won: 0, settled: 1,
            lost: 0, stake: 350_000, recovered: 30_000);
        // 2025, city: cases 5 and 6 applied and accepted; 6 closed lost
        AssertFigures(await FiguresAsync(cityAdmin, 2025), applications: 2, accepted: 2, refused: 0, closed: 1, won: 0, settled: 0, lost: 1,
            stake: 80_000, recovered: 0);
        // 2027: only 8b
        AssertFigures(await FiguresAsync(cityAdmin, 2027), applications: 1, accepted: 0, refused: 0, closed: 0, won: 0, settled: 0, lost: 0,
            stake: 7_000, recovered: 0);

        using var districtAdmin = await NewStaffAsync("org_admin", _district.ToString());
        AssertFigures(await FiguresAsync(districtAdmin, 2026), applications: 2, accepted: 2, refused: 0, closed: 1, won: 0, settled: 1,
            lost: 0, stake: 350_000, recovered: 30_000);
        await Problem.ExpectAsync(await districtAdmin.GetAsync($"/api/v1/admin/legal-aid/figures?year=2026&orgId={_city}"), 404, "not_found");
        await Problem.ExpectAsync(await cityAdmin.GetAsync($"/api/v1/admin/legal-aid/figures?year=2026&orgId={_other}"), 404, "not_found");

        // super_admin without an organisation: everything, the other city's case included
        using var admin = await AdminAsync();
        AssertFigures(await FiguresAsync(admin, 2026), applications: 7, accepted: 5, refused: 0 + 1, closed: 5, won: 4, settled: 1, lost: 0,
            stake: 515_000 + 999_999, recovered: 220_000 + 999_999);
        using var reviewer = await NewStaffAsync("reviewer");
        await Problem.ExpectAsync(await reviewer.GetAsync("/api/v1/admin/legal-aid/figures?year=2026"), 403, "auth.forbidden");
    }
}
