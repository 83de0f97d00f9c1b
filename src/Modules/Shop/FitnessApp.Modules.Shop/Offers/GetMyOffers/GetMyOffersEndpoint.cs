using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Offers.GetMyOffers;

internal static class GetMyOffersEndpoint
{
    public const string Route = "/offers";

    public static void MapGetMyOffers(this IEndpointRouteBuilder group) =>
        group.MapGet(Route, Handle)
            .WithName("GetMyOffers")
            .WithSummary("The signed-in athlete's personal offers, each with the reason it is offered (from their gear, training volume, level and purchases)")
            .Produces<IReadOnlyList<OfferResponse>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<OfferResponse>>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyOffers(principal.GetUserId()), cancellationToken));
}
