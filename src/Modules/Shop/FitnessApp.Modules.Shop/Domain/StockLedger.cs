using FitnessApp.Modules.Shop.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Domain;

/// <summary>
/// The one writer of <see cref="Sku.Stock"/>. Each change is a single conditional UPDATE (so concurrent orders can never
/// take more than there is, whatever the isolation level) plus a tracked <see cref="StockMovement"/> that the caller's
/// unit of work saves. The UPDATE runs at once: call these inside the caller's transaction so that both commit together.
/// </summary>
internal sealed class StockLedger(ShopDbContext db)
{
    /// <summary>Takes <paramref name="quantity"/> units of an active variant; false (nothing changed) when fewer are left.</summary>
    public async Task<bool> TryTakeAsync(Guid skuId, int quantity, StockChange change, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var updated = await db.Skus
            .Where(s => s.Id == skuId && s.Active && s.Stock >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Stock, x => x.Stock - quantity), cancellationToken);
        if (updated == 0)
        {
            return false;
        }

        await RecordAsync(skuId, -quantity, change, cancellationToken);
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
    }
}

/// <summary>Why stock changes, for the audit row.</summary>
internal sealed record StockChange(StockChangeReason Reason, DateTime At, string? Reference = null, Guid? ActorId = null, string? Note = null);
