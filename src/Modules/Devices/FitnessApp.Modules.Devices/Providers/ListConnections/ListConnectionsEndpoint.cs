using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.Providers.ListConnections;

internal static class ListConnectionsEndpoint
{
    public static void MapListConnections(this IEndpointRouteBuilder group) =>
        group.MapGet(ProviderRoutes.Providers, Handle)
            .WithName("ListProviderConnections")
            .WithSummary("The providers we sync from and the caller's connection to each: status, connected since, last sync, last error, activities synced")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<ConnectionResponse>>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListConnections(principal.GetUserId()), cancellationToken));
}
