using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using MySqlConnector;

namespace UnionHub.Bench;

/// <summary>
/// The promises, checked in the database after a phase: issued vouchers = perk.claimed, never over stock, nobody over
/// the per-member limit, and one voucher per idempotency key (every stored 201 names a voucher of its own, and every
/// voucher of the perk is named by exactly one stored 201). Also counts the notification outbox by status.
/// </summary>
public static class Checks
{
    private sealed record Perk(int Stock, int Claimed, int Limit);

    public static async Task<int> RunAsync(Args a)
    {
        var perkId = a.Long("perk");
        var usesKeys = a.Text("keys", "yes") == "yes";
        await using var conn = new MySqlConnection(a.Text("cs"));
        await conn.OpenAsync();
        var perk = await conn.QuerySingleAsync<Perk>(
            "SELECT stock AS Stock, claimed AS Claimed, per_member_limit AS `Limit` FROM perk WHERE id = @perkId", new { perkId });
        var vouchers = await conn.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM voucher WHERE perk_id = @perkId", new { perkId });
        var perMember = (await conn.QueryAsync<long>(
            "SELECT COUNT(*) FROM voucher WHERE perk_id = @perkId GROUP BY member_id", new { perkId })).ToList();
        long? keys = null, keyed = null;
        long orphans = 0;
        if (usesKeys)
        {
            try
            {
                // the stored answer of a granted claim names its voucher: {"claimId":..., "voucher":{"id":"123", ...}}; answers are
                // sealed with the personal-data key ring ("enc:" + base64 of an AES-GCM blob), so they are opened here with the run's key
                var key = Convert.FromBase64String(a.Text("pii-key"));
                var perkVouchers = (await conn.QueryAsync<long>("SELECT id FROM voucher WHERE perk_id = @perkId", new { perkId })).ToHashSet();
                var allVouchers = (await conn.QueryAsync<long>("SELECT id FROM voucher")).ToHashSet();
                var named = new List<long>();
                foreach (var body in await conn.QueryAsync<string>("SELECT response_body FROM idempotency_key WHERE response_status = 201"))
                {
                    using var doc = JsonDocument.Parse(Open(body, key));
                    var id = doc.RootElement.TryGetProperty("voucher", out var v) && v.TryGetProperty("id", out var idText)
                        ? long.Parse(idText.GetString()!, CultureInfo.InvariantCulture) : -1;
                    if (!allVouchers.Contains(id))
                    {
                        orphans++;
                    }
                    else if (perkVouchers.Contains(id))
                    {
                        named.Add(id);
                    }
                }

                (keys, keyed) = (named.Count, named.Distinct().Count());
            }
            catch (Exception ex) when (ex is MySqlException or JsonException or CryptographicException or FormatException or ArgsException)
            {
                // the key store changed shape: the check fails visibly and the run goes on
                Console.WriteLine("    the idempotency check could not run (adjust bench/UnionHub.Bench/Checks.cs): " + ex.Message);
            }
        }

        var outbox = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (status, count) in await conn.QueryAsync<(string, long)>("SELECT status, COUNT(*) FROM notification_outbox GROUP BY status"))
        {
            outbox[status] = count;
        }

        var result = new CheckResult(a.Text("phase"), perkId, vouchers, perk.Claimed, perk.Stock, perk.Limit,
            perMember.Count == 0 ? 0 : perMember.Max(), perMember.Count(n => n > perk.Limit), keys, keyed, orphans, usesKeys, outbox);
        Json.Save(a.Text("out"), result);
        Console.WriteLine(Describe(result));
        return 0;
    }

    /// <summary>A stored answer as sent: sealed ones ("enc:" + base64 of version, key id, nonce, tag, cipher) opened with the run's key.</summary>
    private static string Open(string stored, byte[] key)
    {
        const string Sealed = "enc:";
        if (!stored.StartsWith(Sealed, StringComparison.Ordinal))
        {
            return stored;
        }

        var blob = Convert.FromBase64String(stored[Sealed.Length..]);
        int keyIdLength = blob[1];
        var keyId = blob.AsSpan(2, keyIdLength);
        var nonce = blob.AsSpan(2 + keyIdLength, 12);
        var tag = blob.AsSpan(2 + keyIdLength + 12, 16);
        var cipher = blob.AsSpan(2 + keyIdLength + 28);
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(nonce, cipher, tag, plain, keyId);
        return Encoding.UTF8.GetString(plain);
    }

    public static string Describe(CheckResult c) =>
        FormattableString.Invariant($"    promises ({c.Phase}): vouchers {c.Vouchers:N0}, perk.claimed {c.Claimed:N0}, stock {c.Stock:N0}, most a member holds {c.MaxPerMember} (limit {c.Limit}, {c.MembersOverLimit} over)")
        + (c.UsesKeys ? FormattableString.Invariant($", keys answered 201 {c.KeysAnswered201:N0} naming {c.VouchersWithKey:N0} distinct vouchers, 201 keys naming no voucher {c.OrphanKeys201}") : "")
        + FormattableString.Invariant($": {(c.Holds ? "hold" : "BROKEN")}; notification outbox {Load.Summary(c.Outbox)}");
}
