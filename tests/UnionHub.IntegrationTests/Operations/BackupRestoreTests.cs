using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using MySqlConnector;
using UnionHub.IntegrationTests.Features.Funds;
using UnionHub.IntegrationTests.Features.Merchants;

namespace UnionHub.IntegrationTests.Operations;

/// <summary>
/// `./dev backup` then `./dev restore FILE --database NEW` (the same script functions an operator runs) bring back every row:
/// vouchers in each state, redemptions (voided too), the fund ledger and every other table, compared as row sets.
/// </summary>
public sealed class BackupRestoreTests : FundsTest
{
    [Test]
    public async Task A_backup_restored_into_a_fresh_database_has_every_voucher_and_ledger_row()
    {
        // vouchers: one unused, one redeemed, one redeemed then voided (unused again, with a voided redemption)
        using var admin = await AdminAsync();
        var merchant = await MerchantAdminTests.CreateMerchantAsync(admin, "备份超市");
        var (_, key) = await MerchantAdminTests.CreateKeyAsync(admin, merchant);
        using var till = Anonymous();
        till.DefaultRequestHeaders.Add("X-Api-Key", key);
        var unused = await RedemptionTests.SeedVoucherAsync(1000, [merchant]);
        var redeemed = await RedemptionTests.SeedVoucherAsync(2000, [merchant]);
        var voided = await RedemptionTests.SeedVoucherAsync(3000, [merchant]);
        await JsonAsync(await till.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = redeemed.Code }), 201);
        var toVoid = await JsonAsync(await till.PostAsJsonAsync("/api/v1/merchant/redemptions", new { code = voided.Code }), 201);
        await JsonAsync(await till.PostAsJsonAsync(
            $"/api/v1/merchant/redemptions/{toVoid.GetProperty("redemptionId").GetString()}/void", new { reason = "顾客退货" }), 200);

        // the fund ledger: a grant and a confirmed payment
        using var proposer = await NewStaffAsync("reviewer");
        using var confirmer = await NewStaffAsync("reviewer");
        var fundId = await CreateFundAsync(proposer, budgetFen: 1_000_000, maxGrantFen: 500_000);
        var app = await ApplyAsync(await NewVerifiedMemberAsync(), fundId, 400_000);
        await JsonAsync(await MeetingAsync(proposer, fundId, Decision(app, "approve", 300_000)), 201);
        var paid = await JsonAsync(await ProposeAsync(proposer, app, 120_000, "BANK-77"), 201);
        await JsonAsync(await confirmer.PostAsync($"/api/v1/admin/disbursements/{paid.GetProperty("id").GetString()}/confirm", null), 200);

        await using (var db = await DbAsync())
        {
            Assert.That((await db.QueryAsync<string>("SELECT status FROM voucher ORDER BY id")).ToList(),
                Is.EqualTo(new[] { "unused", "redeemed", "unused" }));
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM redemption WHERE voided_at IS NOT NULL"), Is.EqualTo(1));
            Assert.That((await db.QueryAsync<string>("SELECT entry FROM fund_ledger ORDER BY id")).ToList(),
                Is.EqualTo(new[] { "grant", "disbursement" }));
        }

        var folder = Directory.CreateTempSubdirectory("uh-backup-").FullName;
        var fresh = $"unionhub_test_restore_{Guid.NewGuid():N}"[..40];
        try
        {
            var backup = await DevAsync("backup", "--dir", folder);
            var file = backup.Trim().Split('\n')[^1].Trim();
            Assert.That(file, Does.StartWith(folder).And.EndWith(".sql.gz"), backup);
            Assert.That(File.Exists(file), file);

            // a restore over the configured database is refused without --yes (and changes nothing)
            var refused = await DevAsync(["restore", file], expectSuccess: false);
            Assert.That(refused, Does.Contain("--yes"));

            await DevAsync("restore", file, "--database", fresh);

            var source = await SnapshotAsync(new MySqlConnectionStringBuilder(ApiFactory.ConnectionString).Database);
            var restored = await SnapshotAsync(fresh);
            Assert.That(restored.Keys, Is.EquivalentTo(source.Keys), "the same tables");
            Assert.That(source["voucher"], Has.Count.EqualTo(3));
            Assert.That(source["redemption"], Has.Count.EqualTo(2));
            Assert.That(source["fund_ledger"], Has.Count.EqualTo(2));
            foreach (var (table, rows) in source)
            {
                Assert.That(restored[table], Is.EqualTo(rows), $"table {table}: every row, every column");
            }

            // the comparison notices a missing row
            await using (var conn = await OpenAsync(fresh))
            {
                await conn.ExecuteAsync("DELETE FROM voucher WHERE id = @Id", new { unused.Id });
            }

            Assert.That((await SnapshotAsync(fresh))["voucher"], Is.Not.EqualTo(source["voucher"]));
        }
        finally
        {
            await using (var conn = await DbAsync())
            {
                await conn.ExecuteAsync($"DROP DATABASE IF EXISTS `{fresh}`");
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<MySqlConnection> OpenAsync(string database)
    {
        var conn = new MySqlConnection(new MySqlConnectionStringBuilder(ApiFactory.ConnectionString) { Database = database }.ConnectionString);
        await conn.OpenAsync();
        return conn;
    }

    /// <summary>Every base table's rows, each rendered as one string of all its columns, in primary-key order.</summary>
    private static async Task<Dictionary<string, List<string>>> SnapshotAsync(string database)
    {
        await using var conn = await OpenAsync(database);
        var tables = (await conn.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")).ToList();
        var snapshot = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            var rows = new List<string>();
            await using var cmd = new MySqlCommand($"SELECT * FROM `{table}`", conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    row.Append(reader.GetName(i)).Append('=').Append(value switch
                    {
                        DBNull => "NULL",
                        byte[] bytes => Convert.ToHexString(bytes),
                        DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        _ => value.ToString(),
                    }).Append('|');
                }

                rows.Add(row.ToString());
            }

            rows.Sort(StringComparer.Ordinal);
            snapshot[table] = rows;
        }

        return snapshot;
    }

    private static Task<string> DevAsync(params string[] args) => DevAsync(args, expectSuccess: true);

    /// <summary>Runs ./dev with the test database as ConnectionStrings__UnionHub; returns stdout (stderr appended on failure).</summary>
    private static async Task<string> DevAsync(string[] args, bool expectSuccess)
    {
        var info = new ProcessStartInfo("bash", [Repository.Path("dev"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // not a terminal: restore never prompts
            UseShellExecute = false,
        };
        info.Environment["ConnectionStrings__UnionHub"] = ApiFactory.ConnectionString;
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        var errors = await stderr;
        TestContext.Out.WriteLine($"./dev {string.Join(' ', args)} -> {process.ExitCode}\n{output}\n{errors}");
        Assert.That(process.ExitCode == 0, Is.EqualTo(expectSuccess), $"./dev {string.Join(' ', args)}: {output}\n{errors}");
        return expectSuccess ? output : output + errors;
    }
}
