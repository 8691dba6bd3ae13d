using System.Globalization;
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
                // the stored answer of a granted claim names its voucher: {"claimId":..., "voucher":{"id":"123", ...}}
                (keys, keyed) = await conn.QuerySingleAsync<(long, long)>("""
                    SELECT COUNT(*), COUNT(DISTINCT v.id)
                    FROM idempotency_key k JOIN voucher v ON v.id = CAST(JSON_VALUE(k.response_body, '$.voucher.id') AS UNSIGNED)
                    WHERE k.response_status = 201 AND v.perk_id = @perkId
                    """, new { perkId });
                orphans = await conn.ExecuteScalarAsync<long>("""
                    SELECT COUNT(*) FROM idempotency_key k
                    LEFT JOIN voucher v ON v.id = CAST(JSON_VALUE(k.response_body, '$.voucher.id') AS UNSIGNED)
                    WHERE k.response_status = 201 AND v.id IS NULL
                    """);
            }
            catch (MySqlException ex)
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

    public static string Describe(CheckResult c) =>
        FormattableString.Invariant($"    promises ({c.Phase}): vouchers {c.Vouchers:N0}, perk.claimed {c.Claimed:N0}, stock {c.Stock:N0}, most a member holds {c.MaxPerMember} (limit {c.Limit}, {c.MembersOverLimit} over)")
        + (c.UsesKeys ? FormattableString.Invariant($", keys answered 201 {c.KeysAnswered201:N0} naming {c.VouchersWithKey:N0} distinct vouchers, 201 keys naming no voucher {c.OrphanKeys201}") : "")
        + FormattableString.Invariant($": {(c.Holds ? "hold" : "BROKEN")}; notification outbox {Load.Summary(c.Outbox)}");
}
