using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessApp.Modules.Shared.Data;

/// <summary>
/// Inserts a module's product data (default levels, catalogues) from a hand-written migration. EF's <c>InsertData</c>
/// needs a target model these migrations do not carry, so this writes one plain <c>INSERT</c> that both providers accept
/// (SQLite has no schemas: its tables are unqualified).
/// </summary>
public static class SeedRowsMigration
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Values may be strings, integers, doubles, booleans, Guids, UTC DateTimes or null.</summary>
    public static void InsertRows(this MigrationBuilder migrationBuilder, string schema, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var postgres = migrationBuilder.ActiveProvider == Npgsql;
        var sql = new StringBuilder()
            .Append("INSERT INTO ")
            .Append(postgres ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"")
            .Append(" (").AppendJoin(", ", columns.Select(c => $"\"{c}\"")).Append(") VALUES ");
        var first = true;
        foreach (var row in rows)
        {
            if (row.Length != columns.Length)
            {
                throw new ArgumentException($"A row for {table} has {row.Length} values for {columns.Length} columns.", nameof(rows));
            }

            sql.Append(first ? string.Empty : ", ").Append('(').AppendJoin(", ", row.Select(v => Literal(v, postgres))).Append(')');
            first = false;
        }

        if (!first)
        {
            migrationBuilder.Sql(sql.Append(';').ToString());
        }
    }

    private static string Literal(object? value, bool postgres) => value switch
    {
        null => "NULL",
        string s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'",
        bool b => postgres ? (b ? "TRUE" : "FALSE") : (b ? "1" : "0"),
        int or long or short => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        Guid g => postgres ? $"'{g}'" : $"'{g.ToString().ToUpperInvariant()}'",
        DateTime t when t.Kind == DateTimeKind.Utc => postgres
            ? $"'{t:yyyy-MM-dd HH:mm:ss.FFFFFFF}+00'"
            : $"'{t:yyyy-MM-dd HH:mm:ss.FFFFFFF}'",
        _ => throw new ArgumentException($"Cannot seed a value of type {value.GetType().Name}.", nameof(value)),
    };
}
