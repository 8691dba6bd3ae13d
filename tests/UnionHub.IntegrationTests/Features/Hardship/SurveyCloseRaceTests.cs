using System.Net.Http.Json;
using Dapper;

namespace UnionHub.IntegrationTests.Features.Hardship;

/// <summary>
/// ADR 0021: closing a round's needs survey reads the choices after it holds the round row's lock, so a choice committed while
/// the close waited for that lock is turned into a voucher like every other (none is left chosen but never issued).
/// </summary>
public sealed class SurveyCloseRaceTests : HardshipTest
{
    private const int Members = 12;

    private static Task<HttpResponseMessage> ChooseAsync(long memberId, string roundId, string packageId)
    {
        var client = WithToken(MemberToken(memberId));
        return client.PutAsJsonAsync($"/api/v1/hardship/rounds/{roundId}/package-choice", new { packageId });
    }

    private static async Task<int> WaitersAsync(MySqlConnector.MySqlConnection db, MySqlConnector.MySqlTransaction tx, string sqlStart) =>
        await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE @like",
            new { like = sqlStart + "%" }, tx);

    [Test]
    public async Task Choices_made_just_before_the_deadline_that_commit_while_the_close_waits_all_get_their_voucher()
    {
        var orgs = await OrgsAsync();
        var adminUser = await NewStaffUserAsync("org_admin", orgs.DistrictA);
        using var admin = await LoginAsync(adminUser);
        var (roundId, _) = await RoundAsync(admin, orgs.DistrictA, packages: true);
        var round = await JsonAsync(await admin.GetAsync($"/api/v1/admin/hardship/rounds/{roundId}"), 200);
        var (a, b) = (Str(round.GetProperty("packages")[0], "id"), Str(round.GetProperty("packages")[1], "id"));
        var members = new List<long>();
        for (var i = 0; i < Members; i++)
        {
            members.Add((await RegisteredMemberAsync(admin, i % 2 == 0 ? orgs.GrassrootsA1 : orgs.DistrictA)).MemberId);
        }

        // a minute before the deadline (a fresh staff token for that time)
        var closesAt = round.GetProperty("closesAt").GetDateTimeOffset();
        Api.Clock.Advance(closesAt - Api.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        using var closer = await LoginAsync(adminUser);

        // The test's transaction holds the round row, so the choices (each took the time before the deadline) queue on its lock
        // with the close, which the clock lets through after the deadline: the close's first read happens before any choice
        // commits, and the choices commit one by one before the close gets the lock. This lines up, every time, what two API
        // instances with slightly different clocks, or a choice re-run after a conflict, do at the deadline by chance.
        await using var blocker = await DbAsync();
        await using var tx = await blocker.BeginTransactionAsync();
        await blocker.ExecuteScalarAsync<long>("SELECT id FROM hardship_round WHERE id = @roundId FOR UPDATE", new { roundId }, tx);
        var choices = members.Select((m, i) => Task.Run(() => ChooseAsync(m, roundId, i % 2 == 0 ? a : b))).ToList();
        await WaitForStatementsAsync("UPDATE hardship_round SET version", Members); // up to 30 s (2 s were a bet on a quiet machine)
        Assert.That(await WaitersAsync(blocker, tx, "UPDATE hardship_round SET version"), Is.EqualTo(Members), "every choice waits for the round");
        Api.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var close = Task.Run(() => closer.PostAsJsonAsync($"/api/v1/admin/hardship/rounds/{roundId}/survey/close", new { }));
        await WaitForStatementsAsync("UPDATE hardship_round SET survey_status");
        Assert.That(await WaitersAsync(blocker, tx, "UPDATE hardship_round SET survey_status"), Is.EqualTo(1), "the close waits for the round");
        await tx.RollbackAsync();

        var answers = await Task.WhenAll(choices);
        var closed = await JsonAsync(await close, 200);
        var accepted = answers.Count(r => (int)r.StatusCode == 200);
        foreach (var refused in answers.Where(r => (int)r.StatusCode != 200))
        {
            await Problem.ExpectAsync(refused, 409, "survey.closed"); // a choice that got the lock after the close
        }

        await using var db = await DbAsync();
        var chosen = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM hardship_package_choice WHERE round_id = @roundId", new { roundId });
        var issued = await db.ExecuteScalarAsync<int>("""
            SELECT COUNT(*) FROM hardship_package_choice c JOIN hardship_package p ON p.id = c.package_id
            JOIN voucher v ON v.id = c.voucher_id AND v.perk_id = p.perk_id AND v.member_id = c.member_id
            WHERE c.round_id = @roundId
            """, new { roundId });
        Assert.Multiple(() =>
        {
            Assert.That(accepted, Is.GreaterThan(0), "some choices committed while the close waited");
            Assert.That(chosen, Is.EqualTo(accepted), "every 200 is a stored choice");
            Assert.That(issued, Is.EqualTo(chosen), "every stored choice has its package's voucher");
            Assert.That(closed.GetProperty("vouchersIssued").GetInt32(), Is.EqualTo(chosen));
            Assert.That(closed.GetProperty("totalChoices").GetInt32(), Is.EqualTo(chosen));
        });
    }
}
