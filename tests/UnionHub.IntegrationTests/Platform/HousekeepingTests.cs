using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.Platform;

public sealed class HousekeepingTests : ApiTest
{
    [Test]
    public async Task A_sweep_deletes_rows_a_day_past_expiry_and_keeps_the_rest()
    {
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        var longAgo = now.AddHours(-25);   // expired more than a day ago: goes
        var recently = now.AddHours(-23);  // expired, but within the day kept for support: stays
        var future = now.AddMinutes(5);    // live: stays
        await using var db = await DbAsync();
        foreach (var expires in new[] { longAgo, longAgo, recently, future })
        {
            await db.ExecuteAsync(
                "INSERT INTO sms_code (phone_hash, code_hash, created_at, expires_at) VALUES (@h, @h, @created, @expires)",
                new { h = RandomNumberGenerator.GetBytes(32), created = expires.AddMinutes(-5), expires });
            await db.ExecuteAsync("""
                INSERT INTO refresh_token (token_hash, family_id, subject_kind, subject_id, created_at, expires_at)
                VALUES (@h, @f, 'member', 1, @created, @expires)
                """, new { h = RandomNumberGenerator.GetBytes(32), f = RandomNumberGenerator.GetBytes(16), created = expires.AddDays(-30), expires });
            await db.ExecuteAsync(
                "INSERT INTO rate_counter (bucket, window_start, hits, expires_at) VALUES (@b, @w, 1, @expires)",
                new { b = $"test:{Guid.NewGuid():N}", w = expires.AddMinutes(-1), expires });
            await db.ExecuteAsync("""
                INSERT INTO idempotency_key (caller, idem_key, request_hash, state, started_at, expires_at)
                VALUES ('member:1', @k, @h, 'done', @started, @expires)
                """, new { k = Guid.NewGuid().ToString("N"), h = RandomNumberGenerator.GetBytes(32), started = expires.AddDays(-1), expires });
        }

        var deleted = await Api.Services.GetRequiredService<Housekeeping>().SweepAsync(CancellationToken.None);

        foreach (var table in new[] { "sms_code", "refresh_token", "rate_counter", "idempotency_key" })
        {
            Assert.That(deleted[table], Is.EqualTo(2), table);
            Assert.That(await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {table}"), Is.EqualTo(2), table);
            Assert.That(await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {table} WHERE expires_at < @cutoff", new { cutoff = now.AddHours(-24) }),
                Is.Zero, table);
        }

        var again = await Api.Services.GetRequiredService<Housekeeping>().SweepAsync(CancellationToken.None);
        Assert.That(again.Values.Sum(), Is.Zero, "a second pass finds nothing more");
    }
}
