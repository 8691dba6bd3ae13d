using System.Text;
using Dapper;
using MySqlConnector;

namespace UnionHub.IntegrationTests;

/// <summary>
/// What an attacker holding a copy of the database reads: every column of every row, as text and as hex, one line per row
/// prefixed with its table. Tests search it for plain personal data (text, or its UTF-8 bytes as hex) and file bytes.
/// </summary>
public static class DatabaseDump
{
    /// <summary>The rows of the named tables (every table of the schema when none is named).</summary>
    public static async Task<string> TablesAsync(MySqlConnection db, params string[] tables)
    {
        if (tables.Length == 0)
        {
            tables = (await db.QueryAsync<string>("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name
                """)).ToArray();
        }

        var all = new StringBuilder();
        foreach (var table in tables)
        {
            var columns = (await db.QueryAsync<(string Name, string Type)>("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = @table ORDER BY ordinal_position
                """, new { table })).ToList();
            Assert.That(columns, Is.Not.Empty, table);
            // text columns as text and hex; binary columns as hex (their bytes as such are searched via the hex of the value)
            var parts = string.Join(", ", columns.Select(c => c.Type.Contains("binary", StringComparison.OrdinalIgnoreCase)
                    || c.Type.Contains("blob", StringComparison.OrdinalIgnoreCase)
                ? $"COALESCE(HEX(`{c.Name}`), ''), '|'"
                : $"COALESCE(CAST(`{c.Name}` AS CHAR CHARACTER SET utf8mb4), ''), '|', COALESCE(HEX(`{c.Name}`), ''), '|'"));
            foreach (var row in await db.QueryAsync<string>($"SELECT CONCAT({parts}) FROM `{table}`"))
            {
                all.Append(table).Append(':').Append(row).Append('\n');
            }
        }

        return all.ToString();
    }

    /// <summary>The UTF-8 bytes of a text as the dump shows binary columns.</summary>
    public static string Hex(string text) => Convert.ToHexString(Encoding.UTF8.GetBytes(text));
}
