using System.Data.Common;
using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FitnessApp.Modules.Shop.Domain;

/// <summary>
/// The one writer of <see cref="Sku.Stock"/>. Each change is a single conditional UPDATE (so concurrent orders can never
/// take more than there is, whatever the isolation level) plus a tracked <see cref="StockMovement"/> that the caller's
/// unit of work saves. The UPDATE runs at once: call these inside the caller's transaction so that both commit together.
/// </summary>
internal sealed class StockLedger(ShopDbContext db)
{
    /// <summary>
    /// Takes <paramref name="quantity"/> units of an active variant; false (nothing changed) when fewer are left. One
    /// statement (<c>UPDATE … RETURNING</c>, on SQLite and PostgreSQL alike) both takes the units and reads what is left for
    /// the audit row: checkout calls this last, while it holds the variant's row lock, so every round trip here counts.
    /// </summary>
    public async Task<bool> TryTakeAsync(Guid skuId, int quantity, StockChange change, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (await TakeReturningAsync(skuId, quantity, cancellationToken) is not { } after)
        {
            return false;
        }

        Record(skuId, -quantity, after, change);
        return true;
    }

    /// <summary>Gives <paramref name="quantity"/> units back (a cancelled order, a return).</summary>
    public async Task PutBackAsync(Guid skuId, int quantity, StockChange change, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        await db.Skus
            .Where(s => s.Id == skuId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Stock, x => x.Stock + quantity), cancellationToken);
        await RecordAsync(skuId, quantity, change, cancellationToken);
    }

    /// <summary>
    /// Sets the stock to a counted quantity (operators, partner feeds). Returns false when the stock changed since it was
    /// read (an order came in): the caller reads again and decides.
    /// </summary>
    public async Task<bool> TrySetAsync(Guid skuId, int expectedStock, int newStock, StockChange change, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(newStock);
        if (newStock == expectedStock)
        {
            return true;
        }

        var updated = await db.Skus
            .Where(s => s.Id == skuId && s.Stock == expectedStock)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Stock, newStock), cancellationToken);
        if (updated == 0)
        {
            return false;
        }

        await RecordAsync(skuId, newStock - expectedStock, change, cancellationToken);
        return true;
    }

    private async Task RecordAsync(Guid skuId, int delta, StockChange change, CancellationToken cancellationToken)
    {
        var after = await db.Skus.Where(s => s.Id == skuId).Select(s => s.Stock).SingleAsync(cancellationToken);
        Record(skuId, delta, after, change);
    }

    private void Record(Guid skuId, int delta, int after, StockChange change) =>
        db.StockMovements.Add(new StockMovement
        {
            Id = Guid.CreateVersion7(),
            SkuId = skuId,
            Delta = delta,
            StockAfter = after,
            Reason = change.Reason,
            Reference = change.Reference,
            ActorId = change.ActorId,
            Note = change.Note,
            OccurredAt = change.At,
        });

    /// <summary>The stock left after taking, or null when the variant is inactive or has fewer units (no row changed).</summary>
    private async Task<int?> TakeReturningAsync(Guid skuId, int quantity, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(Sku))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var stock = Column(nameof(Sku.Stock));

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {stock} = {stock} - @quantity " +
                $"WHERE {Column(nameof(Sku.Id))} = @id AND {Column(nameof(Sku.Active))} = @active AND {stock} >= @quantity RETURNING {stock}";
            command.Parameters.Add(Parameter(command, entity, nameof(Sku.Id), "@id", skuId));
            command.Parameters.Add(Parameter(command, entity, nameof(Sku.Active), "@active", true));
            command.Parameters.Add(Parameter(command, entity, nameof(Sku.Stock), "@quantity", quantity));
            var left = await command.ExecuteScalarAsync(cancellationToken);
            return left is null or DBNull ? null : Convert.ToInt32(left, System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbParameter Parameter(DbCommand command, IEntityType entity, string property, string name, object value) =>
        entity.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, name, value, nullable: false);
}

/// <summary>Why stock changes, for the audit row.</summary>
internal sealed record StockChange(StockChangeReason Reason, DateTime At, string? Reference = null, Guid? ActorId = null, string? Note = null);
