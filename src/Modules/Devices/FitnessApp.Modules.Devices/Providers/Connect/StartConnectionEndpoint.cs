using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.Providers.Connect;

internal static class StartConnectionEndpoint
{
    public static void MapStartConnection(this IEndpointRouteBuilder group) =>
        group.MapGet(ProviderRoutes.Providers + "/{provider}/connect", Handle)
            .WithName("ConnectProvider")
            .WithSummary("Start connecting the caller's provider account: a redirect to the provider's authorize page (JSON with its URL for Accept: application/json)")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<RedirectHttpResult, Ok<ConnectionStart>>> Handle(
        string provider, HttpRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var callback = $"{request.Scheme}://{request.Host}{request.PathBase}{ProviderRoutes.Callback(provider)}";
        var start = await mediator.Send(new StartConnection(principal.GetUserId(), provider, callback), cancellationToken);
        var wantsJson = request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
        return wantsJson ? TypedResults.Ok(start) : TypedResults.Redirect(start.AuthorizeUrl);
    }
}
