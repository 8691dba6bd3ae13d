using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using MySqlConnector;

namespace UnionHub.Bench;

/// <summary>
/// The naive design's ceiling: every claim is its own durable transaction on the hot stock row, straight from C# to
/// the database (no HTTP, no JWT, no JSON, no idempotency key, no per-member limit check: a generous ceiling).
/// <list type="bullet">
/// <item>dapper: what a naive API does, 4 round trips through Dapper: BEGIN; conditional UPDATE of the stock row;
/// INSERT the voucher; COMMIT.</item>
/// <item>sql: the same transaction in one stored procedure, one round trip (the row lock is held for the least time).</item>
/// </list>
/// Hot-row waits make the rate fall past some client count, so each variant is measured at every --clients count and the
/// best point is the ceiling.
/// </summary>
public static class Naive
{
    private const string Procedure = """
        CREATE OR REPLACE PROCEDURE bench_naive_claim(IN p_perk BIGINT, IN p_member BIGINT, IN p_code CHAR(16))
        BEGIN
          START TRANSACTION;
          UPDATE perk SET claimed = claimed + 1 WHERE id = p_perk AND claimed < stock;
          IF ROW_COUNT() = 1 THEN
            INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
            VALUES (p_perk, p_member, 1, p_code, 'naive', 'unused', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
            COMMIT;
            SELECT 1;
          ELSE
            ROLLBACK;
            SELECT 0;
          END IF;
        END
        """;

    private static long _nextMember = 1_000_000_000L; // fictitious members: never a duplicate claim number

    public static async Task<int> RunAsync(Args a)
    {
        var cs = a.Text("cs");
        var perk = a.Long("perk");
        var seconds = a.Double("seconds", 4);
        var dbPid = a.Optional("db-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : (int?)null;
        await using (var conn = new MySqlConnection(cs))
        {
            await conn.OpenAsync();
            await conn.ExecuteAsync(Procedure);
        }

        var points = new List<NaivePoint>();
        foreach (var variant in new[] { "dapper", "sql" })
        {
            foreach (var clients in a.Ints("clients"))
            {
                var point = await MeasureAsync(cs, perk, variant, clients, seconds, dbPid);
                points.Add(point);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {(variant == "dapper" ? "Dapper, 4 round trips" : "stored procedure, 1 round trip"),-30} {clients,4} clients: {point.ClaimsPerSecond,7:N0} claims/s, p50 {point.P50Ms,6:F1} ms, p99 {point.P99Ms,6:F1} ms{(point.Errors > 0 ? $", {point.Errors} SQL errors" : "")}"));
            }
        }

        var result = new NaiveResult(points, Json.Load1());
        var best = result.Best;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    best: {best.ClaimsPerSecond:N0} claims/s ({best.Variant}, {best.Clients} clients)"));
        Json.Save(a.Text("out"), result);
        return 0;
    }

    private static async Task<NaivePoint> MeasureAsync(string cs, long perk, string variant, int clients, double seconds, int? dbPid)
    {
        var csb = new MySqlConnectionStringBuilder(cs) { MaximumPoolSize = (uint)clients + 8 };
        await using var db = new MySqlDataSourceBuilder(csb.ConnectionString).Build();
        var connections = new MySqlConnection[clients];
        for (var i = 0; i < clients; i++)
        {
            connections[i] = await db.OpenConnectionAsync();
        }

        var latency = new Histogram();
        long claims = 0, errors = 0;
        var (db0, own0) = (dbPid is { } p0 ? Cpu.Seconds(p0) : 0, Cpu.Own());
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(seconds * Stopwatch.Frequency);
        await Task.WhenAll(connections.Select(conn => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    var granted = variant == "dapper" ? await DapperClaimAsync(conn, perk) : await ProcedureClaimAsync(conn, perk);
                    var t1 = Stopwatch.GetTimestamp();
                    if (granted && t1 <= end)
                    {
                        latency.Add(t0, t1);
                        Interlocked.Increment(ref claims);
                    }
                }
                catch (MySqlException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(start, end).TotalSeconds;
        var (dbCpu, ownCpu) = (dbPid is { } p1 ? Cpu.Seconds(p1) - db0 : (double?)null, Cpu.Own() - own0);
        foreach (var conn in connections)
        {
            await conn.DisposeAsync();
        }

        return new NaivePoint(variant, clients, Math.Round(elapsed, 2), claims, Math.Round(claims / elapsed, 1),
            latency.PercentileMs(0.5), latency.PercentileMs(0.99), errors,
            dbCpu is { } d ? Math.Round(d, 2) : null, Math.Round(ownCpu, 2));
    }

    private static async Task<bool> DapperClaimAsync(MySqlConnection conn, long perkId)
    {
        await using var tx = await conn.BeginTransactionAsync();
        var updated = await conn.ExecuteAsync("UPDATE perk SET claimed = claimed + 1 WHERE id = @perkId AND claimed < stock", new { perkId }, tx);
        if (updated != 1)
        {
            await tx.RollbackAsync();
            return false;
        }

        await conn.ExecuteAsync("""
            INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
            VALUES (@perkId, @member, 1, @code, 'naive', 'unused', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
            """, new { perkId, member = Interlocked.Increment(ref _nextMember), code = RandomCode() }, tx);
        await tx.CommitAsync();
        return true;
    }

    private static async Task<bool> ProcedureClaimAsync(MySqlConnection conn, long perkId)
    {
        await using var cmd = new MySqlCommand("CALL bench_naive_claim(@perk, @member, @code)", conn);
        cmd.Parameters.AddWithValue("@perk", perkId);
        cmd.Parameters.AddWithValue("@member", Interlocked.Increment(ref _nextMember));
        cmd.Parameters.AddWithValue("@code", RandomCode());
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 1;
    }

    private static string RandomCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        Span<byte> b = stackalloc byte[16];
        RandomNumberGenerator.Fill(b);
        var chars = new char[16];
        for (var i = 0; i < 16; i++)
        {
            chars[i] = alphabet[b[i] & 31];
        }

        return new string(chars);
    }
}
