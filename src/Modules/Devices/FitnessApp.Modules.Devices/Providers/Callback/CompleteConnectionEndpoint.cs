using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.Providers.Callback;

internal static class CompleteConnectionEndpoint
{
    public static void MapCompleteConnection(this IEndpointRouteBuilder group) =>
        group.MapGet(ProviderRoutes.Providers + "/{provider}/callback", Handle)
            .AllowAnonymous()
            .WithName("ProviderCallback")
            .WithSummary("The provider's OAuth redirect (anonymous: the single-use state names the athlete); stores the connection and redirects to the portal")
            .Produces(StatusCodes.Status302Found)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<RedirectHttpResult> Handle(
        string provider, string? code, string? state, string? error, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.LocalRedirect(await mediator.Send(new CompleteConnection(provider, code, state, error), cancellationToken));
}
