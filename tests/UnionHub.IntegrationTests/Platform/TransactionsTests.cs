using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Platform;

/// <summary>The one transaction runner: conflicts are re-run whole, errors roll back, lock waits are capped.</summary>
public sealed class TransactionsTests : ApiTest
{
    private static Transactions Runner => Api.Services.GetRequiredService<Transactions>();

    [Test]
    public async Task Two_transactions_that_deadlock_both_commit_because_the_loser_is_run_again()
    {
        var a = await Seed.OrgAsync("甲");
        var b = await Seed.OrgAsync("乙");
        var attempts = new int[2];
        var bothLockedFirst = new Barrier(2);

        // each locks its first row, waits for the other to do the same, then wants the other's row: a deadlock
        Task Run(int who, long first, long second) => Task.Run(() => Runner.RunAsync(async (conn, tx) =>
        {
            var attempt = Interlocked.Increment(ref attempts[who]);
            await conn.ExecuteAsync("UPDATE org SET name = CONCAT(name, @mark) WHERE id = @first", new { first, mark = who.ToString() }, tx);
            if (attempt == 1)
            {
                bothLockedFirst.SignalAndWait(TimeSpan.FromSeconds(10));
            }

            await conn.ExecuteAsync("UPDATE org SET name = CONCAT(name, @mark) WHERE id = @second", new { second, mark = who.ToString() }, tx);
        }, CancellationToken.None));

        await Task.WhenAll(Run(0, a, b), Run(1, b, a));

        Assert.That(attempts.Sum(), Is.EqualTo(3), "exactly one of the two was rolled back by the deadlock and run again");
        await using var db = await DbAsync();
        var names = (await db.QueryAsync<string>("SELECT name FROM org WHERE id IN @ids ORDER BY id", new { ids = new[] { a, b } })).ToList();
        Assert.That(names[0].Count(c => c is '0' or '1'), Is.EqualTo(2), "both transactions' writes to the first row, once each");
        Assert.That(names[1].Count(c => c is '0' or '1'), Is.EqualTo(2));
    }

    [Test]
    public async Task A_refusal_result_rolls_back_what_the_work_wrote()
    {
        var org = await Seed.OrgAsync("原名");
        var result = await Runner.RunAsync<IResult>(async (conn, tx) =>
        {
            await conn.ExecuteAsync("UPDATE org SET name = '改了' WHERE id = @org", new { org }, tx);
            return Problems.Create(409, "test.refused", "refused");
        }, CancellationToken.None);

        Assert.That(((IStatusCodeHttpResult)result).StatusCode, Is.EqualTo(409));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT name FROM org WHERE id = @org", new { org }), Is.EqualTo("原名"));
    }

    [Test]
    public async Task A_lock_held_past_the_wait_cap_is_retried_and_then_answered_as_unavailable_not_hung()
    {
        var org = await Seed.OrgAsync("锁");
        await using var holder = await DbAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("SELECT id FROM org WHERE id = @org FOR UPDATE", new { org }, hold);
        var attempts = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();

        var release = Task.Run(async () =>
        {
            // released once the first attempt has hit the wait cap and the second one waits for the row (a fixed 7 s assumed the first
            // attempt began at once; when a loaded machine began it 2 s later, the release came while it still waited, and it got the row)
            var waiting = System.Diagnostics.Stopwatch.StartNew();
            while (Volatile.Read(ref attempts) < 2 && waiting.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(20);
            }

            if (Volatile.Read(ref attempts) >= 2)
            {
                await WaitForStatementsAsync("UPDATE org SET name = ");
            }

            await hold.RollbackAsync();
        });
        await Runner.RunAsync(async (conn, tx) =>
        {
            Interlocked.Increment(ref attempts);
            await conn.ExecuteAsync("UPDATE org SET name = '等到了' WHERE id = @org", new { org }, tx);
        }, CancellationToken.None);
        await release;

        Assert.That(attempts, Is.EqualTo(2), "the first attempt hit the lock wait cap (1205) and was run again");
        Assert.That(started.Elapsed, Is.LessThan(TimeSpan.FromSeconds(25)));
        await using var db = await DbAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT name FROM org WHERE id = @org", new { org }), Is.EqualTo("等到了"));
    }
}
