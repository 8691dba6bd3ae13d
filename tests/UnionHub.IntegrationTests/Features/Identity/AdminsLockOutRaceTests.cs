using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using MySqlConnector;

namespace UnionHub.IntegrationTests.Features.Identity;

/// <summary>
/// Two super_admins acting on each other's accounts at the same moment (disable, password reset) cannot lock each other out:
/// the account change locks the caller's row with the target's, in id order, and a caller whose account was disabled (or whose
/// sessions were ended) while the request waited gets 401 and changes nothing (ADR 0021, 2026-12-04).
/// </summary>
public sealed class AdminsLockOutRaceTests : ApiTest
{
    private const string LockSql = "SELECT id, username, disabled, session_version FROM staff_user WHERE id IN";

    private static long IdOf(HttpClient staff) => long.Parse(StaffIdOf(staff), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<int> DisableAuditsAsync(MySqlConnection db, long a, long b) =>
        await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('staff_user.disable', 'staff_user.password_reset') AND entity_id IN (@a, @b)",
            new { a = a.ToString(System.Globalization.CultureInfo.InvariantCulture), b = b.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>Forced order: the caller's account is disabled (by another transaction) while its request waits for the lock.</summary>
    [TestCase("disable")]
    [TestCase("password-reset")]
    public async Task A_caller_disabled_while_its_request_waited_gets_401_and_changes_nothing(string action)
    {
        using var first = await NewStaffAsync("super_admin");
        using var second = await NewStaffAsync("super_admin");
        var (a, b) = (IdOf(first), IdOf(second));

        await using var other = await DbAsync();
        await using var tx = await other.BeginTransactionAsync();
        // "another super_admin" disables the first one and has not committed yet: the first's row is locked
        await other.ExecuteAsync("UPDATE staff_user SET disabled = 1, session_version = session_version + 1 WHERE id = @a", new { a }, tx);
        var call = first.PostAsync($"/api/v1/admin/users/{b}/{action}", null);
        for (var i = 0; i < 1500 && await other.ExecuteScalarAsync<int>(
                 "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE @like", new { like = LockSql + "%" }, tx) == 0 && !call.IsCompleted; i++)
        {
            await Task.Delay(20);
        }

        Assert.That(call.IsCompleted, Is.False, "the request waits for the caller's row (before the fix it locked only the target's and went through)");
        await tx.CommitAsync();
        using var answer = await call;
        await Problem.ExpectAsync(answer, 401, "auth.unauthenticated");

        await using var db = await DbAsync();
        var target = await db.QuerySingleAsync<(bool Disabled, bool MustChange, int SessionVersion)>(
            "SELECT disabled, must_change_password, session_version FROM staff_user WHERE id = @b", new { b });
        Assert.That(target, Is.EqualTo((false, false, 0)), "the target account is untouched");
        Assert.That(await DisableAuditsAsync(db, a, b), Is.Zero);
    }

    /// <summary>Real parallel requests, many trials: two super_admins disable each other at once; exactly one of them is disabled.</summary>
    [Test]
    public async Task Two_super_admins_disabling_each_other_at_once_leave_exactly_one_disabled()
    {
        const int trials = 12;
        for (var trial = 0; trial < trials; trial++)
        {
            using var first = await NewStaffAsync("super_admin");
            using var second = await NewStaffAsync("super_admin");
            var (a, b) = (IdOf(first), IdOf(second));
            using var start = new SemaphoreSlim(0);
            async Task<HttpResponseMessage> DisableAsync(HttpClient caller, long target)
            {
                await start.WaitAsync();
                return await caller.PostAsync($"/api/v1/admin/users/{target}/disable", null);
            }

            var calls = new[] { Task.Run(() => DisableAsync(first, b)), Task.Run(() => DisableAsync(second, a)) };
            start.Release(2);
            var answers = await Task.WhenAll(calls);
            var statuses = answers.Select(r => (int)r.StatusCode).OrderBy(s => s).ToArray();
            Assert.That(statuses, Is.EqualTo(new[] { 200, 401 }), $"trial {trial}: one disables the other, the other is refused");
            var loser = answers.Single(r => (int)r.StatusCode == 401);
            await Problem.ExpectAsync(loser, 401, "auth.unauthenticated");

            await using var db = await DbAsync();
            var disabled = (await db.QueryAsync<long>("SELECT id FROM staff_user WHERE id IN (@a, @b) AND disabled = 1", new { a, b })).ToList();
            Assert.That(disabled, Has.Count.EqualTo(1), $"trial {trial}: exactly one of the two is disabled");
            Assert.That(await DisableAuditsAsync(db, a, b), Is.EqualTo(1), $"trial {trial}: one disable on record");
            var winner = (int)answers[0].StatusCode == 200 ? first : second;
            Assert.That((int)(await winner.GetAsync("/api/v1/admin/users?limit=1")).StatusCode, Is.EqualTo(200), "the one left can still work");
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
    }
}
