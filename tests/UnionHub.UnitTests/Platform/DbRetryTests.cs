using System.Reflection;
using Microsoft.Extensions.Logging.Abstractions;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Platform;

public sealed class DbRetryTests
{
    // MySqlException has no public constructor taking an error code; build one as the driver would.
    private static MySqlException Error(MySqlErrorCode code) =>
        (MySqlException)typeof(MySqlException).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, null,
            [typeof(MySqlErrorCode), typeof(string)], null)!.Invoke([code, code.ToString()]);

    [Test]
    public async Task Deadlocks_are_retried_until_the_work_succeeds()
    {
        var retry = new DbRetry(NullLogger<DbRetry>.Instance);
        var attempts = 0;
        var result = await retry.ExecuteAsync(_ =>
        {
            attempts++;
            return attempts < 3 ? throw Error(MySqlErrorCode.LockDeadlock) : ValueTask.FromResult(42);
        }, CancellationToken.None);
        Assert.That(result, Is.EqualTo(42));
        Assert.That(attempts, Is.EqualTo(3));
    }

    [Test]
    public void Other_errors_are_not_retried()
    {
        var retry = new DbRetry(NullLogger<DbRetry>.Instance);
        var attempts = 0;
        Assert.ThrowsAsync<MySqlException>(async () => await retry.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw Error(MySqlErrorCode.DuplicateKeyEntry);
        }, CancellationToken.None));
        Assert.That(attempts, Is.EqualTo(1));
    }

    [Test]
    public void Retries_stop_after_three()
    {
        var retry = new DbRetry(NullLogger<DbRetry>.Instance);
        var attempts = 0;
        var ex = Assert.ThrowsAsync<MySqlException>(async () => await retry.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw Error(MySqlErrorCode.LockWaitTimeout);
        }, CancellationToken.None));
        Assert.That(attempts, Is.EqualTo(4));
        Assert.That(ex!.ErrorCode, Is.EqualTo(MySqlErrorCode.LockWaitTimeout));
    }
}
