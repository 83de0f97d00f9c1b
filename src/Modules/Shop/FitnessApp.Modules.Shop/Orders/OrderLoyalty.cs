using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Contracts.Spending;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Checkout;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Shop.Orders;

/// <summary>An order's promo code and points through Loyalty's contracts (each call is idempotent by the order id).</summary>
internal sealed partial class OrderLoyalty(IMediator mediator, ILogger<OrderLoyalty> logger)
{
    public sealed record Redemption(string Code, long DiscountMinor);

    /// <summary>Reserves one use of the code for the order; 400 (or 409 when the code's limits are used up) naming <c>promoCode</c>.</summary>
    public async Task<Redemption> RedeemPromoAsync(Order order, string code, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(
            new RedeemPromoCode(order.CustomerId, code, order.Id, Money.ToDecimal(order.SubtotalMinor), order.Currency, order.ShipCountry), cancellationToken);
        if (!result.Redeemed)
        {
            var reason = result.Reason ?? PromoCodeRejection.Unknown;
            var message = CheckoutPricing.PromoRejectedMessage(reason);
            if (reason is PromoCodeRejection.Exhausted or PromoCodeRejection.PerUserLimitReached)
            {
                throw new ConflictException(message, new Dictionary<string, object?> { ["field"] = "promoCode", ["reason"] = Shared.Web.WireNames.Of(reason) });
            }

            throw FieldErrors.For("promoCode", message);
        }

        return new Redemption(result.Code, CheckoutPricing.DiscountMinor(result.Discount));
    }

    /// <summary>Holds the points for the order; 409 naming <c>points</c> when the athlete has fewer available.</summary>
    public async Task ReservePointsAsync(Order order, int points, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ReservePoints(order.CustomerId, order.Id, points), cancellationToken);
        if (result.Outcome != ReservationOutcome.Reserved)
        {
            throw new ConflictException(
                $"'points' {points} is more than the {result.AvailablePoints} points available.",
                new Dictionary<string, object?> { ["field"] = "points", ["available"] = result.AvailablePoints });
        }
    }

    /// <summary>The order is paid: its reserved points are spent and its promo code use becomes final.</summary>
    public async Task CommitAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.PointsUsed > 0)
        {
            await mediator.Send(new CommitPoints(order.Id), cancellationToken);
        }

        if (order.PromoCode is not null)
        {
            await mediator.Send(new CommitPromoCode(order.Id), cancellationToken);
        }
    }

    /// <summary>Gives back the reserved points and promo code use (cancelled order, failed checkout); never throws.</summary>
    public async Task ReleaseAsync(Order order, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ReleasePoints(order.Id), cancellationToken);
        }
        catch (Exception exception) when (exception is NotFoundException or ConflictException)
        {
            LogReleaseFailed(logger, order.Id, "points", exception.Message);
        }

        try
        {
            await mediator.Send(new ReleasePromoCode(order.Id), cancellationToken);
        }
        catch (Exception exception) when (exception is NotFoundException or ConflictException)
        {
            LogReleaseFailed(logger, order.Id, "promo code", exception.Message);
        }
    }

    /// <summary>Returns spent points with one refund of the order (Loyalty's RefundPoints, idempotent per refund id).</summary>
    public async Task<int> RefundPointsAsync(Order order, Guid refundId, int points, CancellationToken cancellationToken)
    {
        if (points <= 0)
        {
            return 0;
        }

        var result = await mediator.Send(new RefundPoints(order.Id, refundId, points), cancellationToken);
        return result.Outcome is SpendingOutcome.Done or SpendingOutcome.AlreadyDone ? result.Points : 0;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Order {OrderId}: nothing to release for {What} ({Reason})")]
    private static partial void LogReleaseFailed(ILogger logger, Guid orderId, string what, string reason);
}
