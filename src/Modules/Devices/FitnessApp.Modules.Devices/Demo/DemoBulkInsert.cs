using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FitnessApp.Modules.Devices.Demo;

/// <summary>
/// Multi-row INSERTs for the demo's thousands of rows, several times faster than change tracking. Columns, table and
/// value conversions (UTC instants, enum names, SQLite's text Guids) come from the EF model, so the rows are exactly
/// what EF itself would write, on either provider. Runs on the context's connection and current transaction.
/// </summary>
internal static class DemoBulkInsert
{
    /// <summary>Under SQLite's historical 999-parameter limit per statement.</summary>
    private const int MaxParameters = 900;

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToList();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        var perStatement = Math.Max(1, MaxParameters / properties.Count);

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var first = 0; first < rows.Count; first += perStatement)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(prefix);
            var count = Math.Min(perStatement, rows.Count - first);
            for (var r = 0; r < count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < properties.Count; c++)
                {
                    var name = $"@p{(r * properties.Count) + c}";
                    text.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(Parameter(command, mappings[c], name, properties[c], rows[first + r]));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbParameter Parameter(DbCommand command, RelationalTypeMapping mapping, string name, IProperty property, object row) =>
        mapping.CreateParameter(command, name, property.GetGetter().GetClrValue(row), property.IsNullable);
}
