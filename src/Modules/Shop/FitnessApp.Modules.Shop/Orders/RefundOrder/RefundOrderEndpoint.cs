using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Payments;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Orders.RefundOrder;

internal static class RefundOrderEndpoint
{
    public sealed record Body(decimal? Amount, string? Reason, IReadOnlyList<ReturnedLine>? Lines);

    public static void MapRefundOrder(this IEndpointRouteBuilder operators) =>
        operators.MapPost(OrderRoutes.AdminRefund, Handle)
            .WithName("RefundOrder")
            .WithSummary("Operators: refund a paid order fully or partly, optionally putting returned units back in stock")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithPaymentProblems();

    private static async Task<Ok<OrderResponse>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RefundOrder(id, principal.GetUserId(), body.Amount, body.Reason, body.Lines), cancellationToken));
}
