using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Payments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace FitnessApp.Modules.Shop.Payments.Timeouts;

/// <summary>
/// Every minute: card orders still awaiting payment <see cref="PaymentOptions.PendingTimeoutMinutes"/> after they were placed.
/// Each is settled by what the processor says: a succeeded intent (its webhook was lost) makes the order paid; one still
/// processing is left for the next run; anything else is cancelled at the processor and the order is cancelled with its
/// stock, points and promo code use given back. When the processor cannot be asked, the order waits for the next run.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ExpirePendingPaymentsJob(
    IServiceScopeFactory scopes, ShopDbContext db, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<ExpirePendingPaymentsJob> logger) : IJob
{
    public const string Name = "card-payments-timeout";
    private const int Batch = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddMinutes(-options.Value.PendingTimeoutMinutes);
        var due = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.PendingPayment && o.PaymentMethod == PaymentMethod.Card && o.PlacedAt < cutoff)
            .OrderBy(o => o.PlacedAt)
            .Select(o => o.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        foreach (var orderId in due)
        {
            try
            {
                await SettleAsync(orderId, cancellationToken);
            }
            catch (Exception exception) when (exception is Gateways.PaymentProcessorException or DbUpdateConcurrencyException)
            {
                LogPostponed(logger, orderId, exception.Message);
            }
        }
    }

    /// <summary>One order in its own scope and transaction, so one failure does not stop the others.</summary>
    private async Task SettleAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var shop = services.GetRequiredService<ShopDbContext>();
        var transitions = services.GetRequiredService<PaymentTransitions>();
        var gateway = services.GetRequiredService<Gateways.PaymentGateways>().For(PaymentMethod.Card);
        var order = await shop.LoadAsync(orderId, null, cancellationToken);
        if (order.Status != OrderStatus.PendingPayment || order.Payment is not { } payment)
        {
            return;
        }

        // Asked before the transaction, so no lock is held while the processor answers.
        var intent = await gateway.CheckAsync(payment, cancellationToken);
        if (intent?.Status == Gateways.ProcessorIntent.Processing)
        {
            return;
        }

        await using var transaction = await shop.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (intent?.Status == Gateways.ProcessorIntent.Succeeded)
        {
            await transitions.MarkPaidAsync(order, now, cancellationToken);
            LogPaidLate(logger, order.Id, payment.IntentId);
        }
        else
        {
            await gateway.CancelAsync(payment, cancellationToken);
            await transitions.CancelUnpaidAsync(order, PaymentStatus.Cancelled, $"Not paid within {options.Value.PendingTimeoutMinutes} minutes.", now, cancellationToken);
            LogExpired(logger, order.Id, payment.IntentId);
        }

        await shop.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: its succeeded intent {IntentId} had no webhook; marked paid")]
    private static partial void LogPaidLate(ILogger logger, Guid orderId, string intentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: intent {IntentId} not paid in time; cancelled and released")]
    private static partial void LogExpired(ILogger logger, Guid orderId, string intentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: payment timeout postponed to the next run ({Reason})")]
    private static partial void LogPostponed(ILogger logger, Guid orderId, string reason);
}
