using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using MySqlConnector;

// ./dev bench helper.
//   tokens <base64 HS256 key> <issuer> <audience> <minutes> <memberIdsFile> <outFile>  : one member JWT a line
//   naive <connectionString> <perkId> <concurrency> <seconds>                          : one transaction per claim, direct SQL
return args.FirstOrDefault() switch
{
    "tokens" when args.Length == 7 => Tokens(args),
    "naive" when args.Length == 5 => await NaiveAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: tokens KEY ISSUER AUDIENCE MINUTES IDS_FILE OUT_FILE | naive CONNECTION_STRING PERK_ID CONCURRENCY SECONDS");
    return 2;
}

static int Tokens(string[] args)
{
    var key = Convert.FromBase64String(args[1]);
    var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
    var exp = now + (60L * int.Parse(args[4], CultureInfo.InvariantCulture));
    var header = B64(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
    using var hmac = new HMACSHA256(key);
    using var output = new StreamWriter(args[6]);
    var count = 0;
    foreach (var line in File.ReadLines(args[5]))
    {
        if (line.Trim().Length == 0)
        {
            continue;
        }

        var payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sub"] = line.Trim(),
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["kind"] = "member",
            ["role"] = new[] { "member" },
            ["iss"] = args[2],
            ["aud"] = args[3],
            ["iat"] = now,
            ["nbf"] = now - 60,
            ["exp"] = exp,
        });
        var unsigned = header + "." + B64(Encoding.UTF8.GetBytes(payload));
        output.WriteLine(unsigned + "." + B64(hmac.ComputeHash(Encoding.ASCII.GetBytes(unsigned))));
        count++;
    }

    Console.WriteLine($"    wrote {count} member tokens");
    return 0;
}

static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

// The naive design: each claim is its own transaction (BEGIN; conditional UPDATE of the hot stock row; INSERT voucher; COMMIT),
// 4 round trips through Dapper, at the same concurrency as wrk. The ceiling the combiner is compared against.
static async Task<int> NaiveAsync(string[] args)
{
    var perkId = long.Parse(args[2], CultureInfo.InvariantCulture);
    var concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
    var duration = TimeSpan.FromSeconds(int.Parse(args[4], CultureInfo.InvariantCulture));
    var csb = new MySqlConnectionStringBuilder(args[1]) { MaximumPoolSize = (uint)concurrency + 8 };
    await using var db = new MySqlDataSourceBuilder(csb.ConnectionString).Build();
    var latencies = new List<double>[concurrency];
    var errors = 0L;
    var soldOut = 0L;
    var stop = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
    {
        var mine = latencies[w] = new List<double>(50_000);
        await using var conn = await db.OpenConnectionAsync();
        var n = 0;
        while (stop.Elapsed < duration)
        {
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                await using var tx = await conn.BeginTransactionAsync();
                var updated = await conn.ExecuteAsync("UPDATE perk SET claimed = claimed + 1 WHERE id = @perkId AND claimed < stock",
                    new { perkId }, tx);
                if (updated == 1)
                {
                    await conn.ExecuteAsync("""
                        INSERT INTO voucher (perk_id, member_id, claim_no, code, qr_payload, status, valid_until, created_at)
                        VALUES (@perkId, @member, 1, @code, 'naive', 'unused', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                        """, new { perkId, member = (1_000_000_000L * (w + 1)) + n++, code = RandomCode() }, tx);
                    await tx.CommitAsync();
                }
                else
                {
                    await tx.RollbackAsync();
                    Interlocked.Increment(ref soldOut);
                }

                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
            catch (MySqlException)
            {
                Interlocked.Increment(ref errors);
            }
        }
    })).ToList();
    await Task.WhenAll(workers);
    var seconds = stop.Elapsed.TotalSeconds;
    var all = latencies.SelectMany(l => l).Order().ToList();
    double P(double q) => all.Count == 0 ? 0 : all[Math.Min(all.Count - 1, (int)(q * all.Count))];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"NAIVE claims={all.Count - soldOut} seconds={seconds:F1} rps={(all.Count - soldOut) / seconds:F0} p50_ms={P(0.5):F1} p99_ms={P(0.99):F1} errors={errors} sold_out={soldOut}"));
    return 0;
}

static string RandomCode()
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
