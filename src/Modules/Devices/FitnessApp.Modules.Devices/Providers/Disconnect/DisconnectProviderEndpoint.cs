using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.Providers.Disconnect;

internal static class DisconnectProviderEndpoint
{
    public static void MapDisconnectProvider(this IEndpointRouteBuilder group) =>
        group.MapDelete(ProviderRoutes.Providers + "/{provider}", Handle)
            .WithName("DisconnectProvider")
            .WithSummary("Disconnect the caller's provider account: the provider is told and the tokens are deleted")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(string provider, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DisconnectProvider(principal.GetUserId(), provider), cancellationToken);
        return TypedResults.NoContent();
    }
}
