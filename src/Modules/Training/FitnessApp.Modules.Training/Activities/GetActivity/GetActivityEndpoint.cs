using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Activities.GetActivity;

internal static class GetActivityEndpoint
{
    public static void MapGetActivity(this IEndpointRouteBuilder group) =>
        group.MapGet(ActivityRoutes.Activities + "/{id:guid}", Handle)
            .WithName("GetActivity")
            .WithSummary("One activity: the caller's own, or another athlete's public one")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ActivityResponse>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetActivity(id, principal.GetUserId()), cancellationToken));
}
