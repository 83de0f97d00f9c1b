using System.Text;
using FitnessApp.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FitnessApp.IntegrationTests.Accounts.PersonalData;

/// <summary>
/// Every row of every table of every schema that mentions a user id in any form: a uuid/Guid column, text in "D" or
/// "N" format in any case (also inside JSON), or the id's 16 bytes in a blob. SQLite: every database file of the
/// data folder (one per module, plus the job store) through sqlite_master; PostgreSQL: every table of every
/// non-system schema, each row cast to text.
/// </summary>
internal static class UserReferenceScan
{
    public static Task<List<string>> FindAsync(FitnessAppFactory app, Guid userId) =>
        app.Database == TestDatabase.Sqlite ? ScanSqliteAsync(app.DataFolder, userId) : ScanPostgresAsync(app, userId);

    private static async Task<List<string>> ScanSqliteAsync(string folder, Guid userId)
    {
        var hits = new List<string>();
        var texts = new[] { userId.ToString("D"), userId.ToString("N") };
        var bytes = new[] { userId.ToByteArray(), userId.ToByteArray(bigEndian: true) };
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsSqliteFile))
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                await using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        if (Mentions(reader.IsDBNull(i) ? null : reader.GetValue(i), texts, bytes))
                        {
                            hits.Add($"{Path.GetFileName(file)}:{table}.{reader.GetName(i)}");
                        }
                    }
                }
            }
        }

        return hits;
    }

    private static async Task<List<string>> ScanPostgresAsync(FitnessAppFactory app, Guid userId)
    {
        var hits = new List<string>();
        var connectionString = app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Postgres")!;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<(string Schema, string Table)>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT DISTINCT table_schema, table_name FROM information_schema.columns
            WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\_%'
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        tables.Count.ShouldBeGreaterThan(10, "the scan must see the module schemas");
        foreach (var (schema, table) in tables)
        {
            await using var count = new NpgsqlCommand(
                $"SELECT count(*) FROM \"{schema}\".\"{table}\" AS r WHERE r::text ILIKE @d OR r::text ILIKE @n", connection);
            count.Parameters.AddWithValue("d", $"%{userId:D}%");
            count.Parameters.AddWithValue("n", $"%{userId:N}%");
            var rows = (long)(await count.ExecuteScalarAsync())!;
            if (rows > 0)
            {
                hits.Add($"{schema}.{table}: {rows} rows");
            }
        }

        return hits;
    }

    private static bool Mentions(object? value, string[] texts, byte[][] bytes) => value switch
    {
        null => false,
        Guid guid => texts[0].Equals(guid.ToString("D"), StringComparison.OrdinalIgnoreCase),
        string text => texts.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)),
        byte[] blob => bytes.Any(b => blob.AsSpan().IndexOf(b) >= 0)
            || texts.Any(t => blob.AsSpan().IndexOf(Encoding.ASCII.GetBytes(t)) >= 0 || blob.AsSpan().IndexOf(Encoding.ASCII.GetBytes(t.ToUpperInvariant())) >= 0),
        _ => false,
    };

    private static bool IsSqliteFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var header = new byte[16];
            return stream.Read(header, 0, 16) == 16 && Encoding.ASCII.GetString(header) == "SQLite format 3\0";
        }
        catch (IOException)
        {
            return false;
        }
    }
}
