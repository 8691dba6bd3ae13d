using System.Net;
using Dapper;
using MySqlConnector;
using UnionHub.Api.Platform;

namespace UnionHub.IntegrationTests.ScaleOut;

/// <summary>
/// Instances that start at once on an empty database migrate one at a time under the migrations lease (Evolve's own
/// GET_LOCK is node-local on Galera and is not used): every instance starts, and each migration is applied once.
/// </summary>
public sealed class MigrationLeaseTests
{
    [Test]
    public async Task Three_instances_starting_at_once_on_an_empty_database_all_start_and_apply_each_migration_once()
    {
        var database = $"unionhub_test_restore_mig_{Guid.NewGuid():N}"[..40];
        var connectionString = new MySqlConnectionStringBuilder(ApiFactory.ConnectionString) { Database = database }.ConnectionString;
        await using (var admin = new MySqlConnection(ApiFactory.ConnectionString))
        {
            await admin.OpenAsync();
            await admin.ExecuteAsync($"CREATE DATABASE `{database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }

        var hosts = Enumerable.Range(0, 3).Select(_ => new ApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:UnionHub"] = connectionString,
        })).ToList();
        try
        {
            // each host's start-up (migrations, then the bootstrap admin) on its own thread, all at once
            var starts = hosts.Select(h => Task.Run(() => h.Server)).ToList();
            await Task.WhenAll(starts);

            foreach (var host in hosts)
            {
                using var client = host.CreateClient();
                var ready = await client.GetAsync("/health/ready");
                Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ready.Content.ReadAsStringAsync());
            }

            var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "db-migrations"), "V*__*.sql").Select(Path.GetFileName).Order().ToList();
            Assert.That(files, Is.Not.Empty);
            await using var db = new MySqlConnection(connectionString);
            await db.OpenAsync();
            var applied = (await db.QueryAsync<(string Name, bool Success)>($"SELECT name, success FROM {Migrator.MetadataTable} WHERE name LIKE 'V%' ORDER BY name")).ToList();
            Assert.That(applied.Select(a => a.Name), Is.EqualTo(files), "each migration once, none missing");
            Assert.That(applied.All(a => a.Success), "no failed run left behind");
            Assert.That(await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM staff_user"), Is.EqualTo(1), "one bootstrap admin");
            Assert.That(await db.ExecuteScalarAsync<bool>($"SELECT expires_at < UTC_TIMESTAMP(6) FROM lease WHERE name = '{Migrator.LeaseName}'"),
                "the lease was taken and handed back");
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }

            await using var admin = new MySqlConnection(ApiFactory.ConnectionString);
            await admin.OpenAsync();
            await admin.ExecuteAsync($"DROP DATABASE IF EXISTS `{database}`");
        }
    }
}
