using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Orders.GetOrder;

/// <summary>One order: the customer's own (<paramref name="CustomerId"/>; another's is 404) or any (operators, null).</summary>
internal sealed record GetOrder(Guid OrderId, Guid? CustomerId) : IQuery<OrderResponse>;

internal sealed class GetOrderHandler(ShopDbContext db) : IRequestHandler<GetOrder, OrderResponse>
{
    public async Task<OrderResponse> Handle(GetOrder request, CancellationToken cancellationToken)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return OrderResponse.From(await db.LoadAsync(request.OrderId, request.CustomerId, cancellationToken));
    }
}
