using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Cart;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Payments;
using FitnessApp.Modules.Shop.Payments.Gateways;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Checkout.PlaceOrder;

/// <summary>
/// In one Shop transaction: claims the idempotency key by inserting the order (a concurrent twin blocks on the unique index
/// and then reads this order back), reserves the promo code and points with Loyalty, prices the order, clears the cart and
/// then takes the stock of every line, last, to hold the variants' row locks as briefly as possible. Loyalty commits on its
/// own, so whatever fails after a reservation (a line out of stock included) releases it. A card order's payment intent is
/// created after the stock, before the commit (the order id is its idempotency key): when the processor cannot create it
/// the whole checkout rolls back (503/502), the cart stays and the same key can be tried again (ADR 0020).
/// </summary>
internal sealed class PlaceOrderHandler(
    IServiceScopeFactory scopes, ShopDbContext db, StockLedger stock, OrderLoyalty loyalty, TimeProvider clock,
    IOptions<ShopOptions> shop, CheckoutPricing pricing, PaymentGateways gateways, IOptions<PaymentOptions> paymentOptions)
    : IRequestHandler<PlaceOrder, PlacedOrder>
{
    public async Task<PlacedOrder> Handle(PlaceOrder request, CancellationToken cancellationToken)
    {
        var key = request.IdempotencyKey!;
        var hash = RequestHash.Of(request.Body);
        if (await ExistingAsync(request.CustomerId, key, hash, cancellationToken) is { } existing)
        {
            return existing;
        }

        try
        {
            return await PlaceAsync(request, key, hash, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another request with this key won the race: answer with its order, read on a fresh context.
            await using var scope = scopes.CreateAsyncScope();
            var fresh = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
            return await ExistingAsync(fresh, request.CustomerId, key, hash, cancellationToken)
                ?? throw new ConflictException("The order for this 'Idempotency-Key' is being placed; repeat the request.");
        }
    }

    private Task<PlacedOrder?> ExistingAsync(Guid customerId, string key, string hash, CancellationToken cancellationToken) =>
        ExistingAsync(db, customerId, key, hash, cancellationToken);

    private static async Task<PlacedOrder?> ExistingAsync(ShopDbContext context, Guid customerId, string key, string hash, CancellationToken cancellationToken)
    {
        var order = await context.WithDetails().AsNoTracking().SingleOrDefaultAsync(o => o.CustomerId == customerId && o.IdempotencyKey == key, cancellationToken);
        if (order is null)
        {
            return null;
        }

        return order.RequestHash == hash
            ? new PlacedOrder(OrderResponse.From(order), false)
            : throw new UnprocessableException("This 'Idempotency-Key' was already used with another request body.");
    }

    private async Task<PlacedOrder> PlaceAsync(PlaceOrder request, string key, string hash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // No second look for the key inside the transaction: a twin that commits from here on makes the order insert below
        // fail on the unique index, and Handle answers with the twin's order.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lines = await CartLines.LoadAsync(db, request.CustomerId, cancellationToken);
        if (lines.Count == 0)
        {
            // A twin with this key may have committed since the check above (clearing the cart): answer with its order.
            return await ExistingAsync(request.CustomerId, key, hash, cancellationToken)
                ?? throw new ConflictException("The cart is empty.", new Dictionary<string, object?> { ["field"] = "cart" });
        }

        if (lines.FirstOrDefault(l => l.Unavailable) is { } unavailable)
        {
            throw ShortLine(unavailable.SkuId, unavailable.SkuCode, "is no longer sold");
        }

        // Stock already visibly short is refused before anything is written; stock that looks enough is still only taken by
        // the conditional update below, which is what guarantees no oversell.
        if (lines.FirstOrDefault(l => l.Short) is { } visiblyShort)
        {
            throw ShortLine(visiblyShort.SkuId, visiblyShort.SkuCode, ShortOfStock);
        }

        var body = request.Body;
        var address = body.Address!;
        var order = new Order
        {
            Id = Guid.CreateVersion7(),
            CustomerId = request.CustomerId,
            IdempotencyKey = key,
            RequestHash = hash,
            Status = OrderStatus.PendingPayment,
            PaymentMethod = WireNames.Parse<PaymentMethod>(body.PaymentMethod!),
            Currency = shop.Value.Currency,
            ShipName = address.Name!.Trim(),
            ShipLine1 = address.Line1!.Trim(),
            ShipLine2 = string.IsNullOrWhiteSpace(address.Line2) ? null : address.Line2.Trim(),
            ShipCity = address.City!.Trim(),
            ShipPostalCode = address.PostalCode!.Trim(),
            ShipCountry = address.Country!,
            PlacedAt = now,
            UpdatedAt = now,
        };
        order.Lines.AddRange(lines.Select(l => new OrderLine
        {
            Id = Guid.CreateVersion7(),
            OrderId = order.Id,
            SkuId = l.SkuId,
            ProductId = l.ProductId,
            SkuCode = l.SkuCode,
            ProductNameEn = l.ProductNameEn,
            ProductNameRu = l.ProductNameRu,
            Size = l.Size,
            Colour = l.Colour,
            UnitPriceMinor = l.UnitPriceMinor,
            Quantity = l.Quantity,
            LineTotalMinor = l.LineTotalMinor,
        }));
        order.SubtotalMinor = order.Lines.Sum(l => l.LineTotalMinor);
        db.Orders.Add(order);

        // Claims the key: a concurrent request with the same key waits here and then fails on the unique index.
        await db.SaveChangesAsync(cancellationToken);

        var reserved = false;
        try
        {
            var discount = 0L;
            if (!string.IsNullOrWhiteSpace(body.PromoCode))
            {
                reserved = true;
                var redemption = await loyalty.RedeemPromoAsync(order, body.PromoCode.Trim(), cancellationToken);
                discount = redemption.DiscountMinor;
                order.PromoCode = redemption.Code;
            }

            var totals = pricing.Price(order.SubtotalMinor, discount, body.Points ?? 0);
            if (totals.Points > 0)
            {
                reserved = true;
                await loyalty.ReservePointsAsync(order, totals.Points, cancellationToken);
            }

            order.DiscountMinor = totals.DiscountMinor;
            order.PointsUsed = totals.Points;
            order.PointsMinor = totals.PointsMinor;
            order.ShippingMinor = totals.ShippingMinor;
            order.TotalMinor = totals.TotalMinor;
            await db.CartItems.Where(i => i.UserId == request.CustomerId).ExecuteDeleteAsync(cancellationToken);
            db.AddIntegrationEvent(new OrderPlaced(order.Id, order.CustomerId, order.TotalMinor, order.Currency, order.PointsUsed, order.PromoCode) { OccurredAt = now }, now);

            // Stock last: each take locks its variant's row until the commit, so everything that can be done before is done
            // before. Variants in id order, so that two carts sharing variants cannot lock them in opposite orders.
            foreach (var line in order.Lines.OrderBy(l => l.SkuId))
            {
                if (!await stock.TryTakeAsync(line.SkuId, line.Quantity, new StockChange(StockChangeReason.OrderReserved, now, order.Id.ToString(), request.CustomerId), cancellationToken))
                {
                    throw ShortLine(line.SkuId, line.SkuCode, ShortOfStock);
                }
            }

            // After the stock, so that no processor intent is created for an order refused for stock.
            if (await gateways.For(order.PaymentMethod).StartAsync(order, ReturnUrl(order.Id, request.ReturnOrigin), now, cancellationToken) is { } payment)
            {
                db.Payments.Add(payment);
                order.Payment = payment;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch when (reserved)
        {
            await loyalty.ReleaseAsync(order, CancellationToken.None);
            throw;
        }

        return new PlacedOrder(OrderResponse.From(order), true);
    }

    private const string ShortOfStock = "has fewer units in stock than the quantity";

    private string ReturnUrl(Guid orderId, string? origin)
    {
        var configured = paymentOptions.Value.Card.ReturnBaseUrl;
        var root = string.IsNullOrWhiteSpace(configured) ? origin ?? string.Empty : configured;
        return root.TrimEnd('/') + Pages.ShopPaths.OrderPayment(orderId);
    }

    private static ConflictException ShortLine(Guid skuId, string code, string why) =>
        new($"The variant {code} ({skuId}) {why}; nothing was ordered.", new Dictionary<string, object?> { ["field"] = "lines", ["skuId"] = skuId });
}
