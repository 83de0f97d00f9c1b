using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Orders.RefundOrder;
using FitnessApp.Modules.Shop.Payments.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Shop.Payments.Webhooks;

/// <summary>A verified processor event, handled once per event id.</summary>
internal sealed record ReceivePaymentEvent(ProcessorEvent Event) : IRequest<WebhookOutcome>;

internal enum WebhookOutcome
{
    Processed,

    /// <summary>The event id was handled before (or is being handled by a concurrent delivery).</summary>
    Duplicate,

    /// <summary>Recorded but nothing to do: an unknown type or intent, or an order that has moved on.</summary>
    Ignored,
}

/// <summary>
/// Not a unit-of-work command: the handler inserts the event id first, inside its own transaction, so a concurrent delivery
/// of the same event blocks on the primary key, fails and answers "duplicate" without touching the order.
/// </summary>
internal sealed partial class ReceivePaymentEventHandler(
    ShopDbContext db, PaymentTransitions transitions, RefundRecorder refunds, TimeProvider clock, ILogger<ReceivePaymentEventHandler> logger)
    : IRequestHandler<ReceivePaymentEvent, WebhookOutcome>
{
    public async Task<WebhookOutcome> Handle(ReceivePaymentEvent request, CancellationToken cancellationToken)
    {
        var e = request.Event;
        if (await db.ProcessedPaymentEvents.AsNoTracking().AnyAsync(p => p.Id == e.Id, cancellationToken))
        {
            return WebhookOutcome.Duplicate;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var orderId = e.IntentId is null ? null
            : await db.Payments.Where(p => p.IntentId == e.IntentId).Select(p => (Guid?)p.OrderId).SingleOrDefaultAsync(cancellationToken);
        db.ProcessedPaymentEvents.Add(new ProcessedPaymentEvent { Id = e.Id, Type = e.Type, OrderId = orderId, ReceivedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return WebhookOutcome.Duplicate;
        }

        var outcome = orderId is { } id ? await ApplyAsync(e, await db.LoadAsync(id, null, cancellationToken), now, cancellationToken) : WebhookOutcome.Ignored;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogEvent(logger, e.Id, e.Type, orderId, outcome);
        return outcome;
    }

    private async Task<WebhookOutcome> ApplyAsync(ProcessorEvent e, Order order, DateTime now, CancellationToken cancellationToken)
    {
        var changed = e.Type switch
        {
            ProcessorEvent.Succeeded => await transitions.MarkPaidAsync(order, now, cancellationToken),
            ProcessorEvent.PaymentFailed => await transitions.CancelUnpaidAsync(order, PaymentStatus.Failed, e.FailureMessage ?? "The card payment failed.", now, cancellationToken),
            ProcessorEvent.ChargeRefunded => await RecordRefundsAsync(e, order, now, cancellationToken),
            _ => false,
        };
        return changed ? WebhookOutcome.Processed : WebhookOutcome.Ignored;
    }

    /// <summary>Refunds made at the processor (e.g. in its dashboard) that we have not recorded yet.</summary>
    private async Task<bool> RecordRefundsAsync(ProcessorEvent e, Order order, DateTime now, CancellationToken cancellationToken)
    {
        var ids = e.Refunds.Select(r => r.ProcessorRefundId).ToList();
        var known = await db.PaymentRefunds.Where(r => r.OrderId == order.Id && ids.Contains(r.ProcessorRefundId)).Select(r => r.ProcessorRefundId).ToListAsync(cancellationToken);
        var recorded = false;
        foreach (var refund in e.Refunds.Where(r => !known.Contains(r.ProcessorRefundId)))
        {
            var ours = refund.RefundId is { } refundId && order.Refunds.Any(r => r.Id == refundId);
            if (ours || !OrderTransitions.MayRefund(order))
            {
                continue;
            }

            var amount = Math.Min(refund.AmountMinor, order.PaidMinor - order.RefundedMinor);
            await refunds.RecordAsync(order, refund.RefundId ?? Guid.CreateVersion7(), amount, "Refunded at the card processor", Guid.Empty, refund.ProcessorRefundId, now, cancellationToken);
            recorded = true;
        }

        return recorded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment event {EventId} ({Type}) for order {OrderId}: {Outcome}")]
    private static partial void LogEvent(ILogger logger, string eventId, string type, Guid? orderId, WebhookOutcome outcome);
}
