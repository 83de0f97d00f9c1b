using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Interactions.GiveKudos;

internal static class GiveKudosEndpoint
{
    public static void MapGiveKudos(this IEndpointRouteBuilder group) =>
        group.MapPut(InteractionRoutes.Kudos, Handle)
            .WithName("GiveKudos")
            .WithSummary("Give kudos to an activity the caller may see (idempotent: 200 with the count, new or repeated); 400 on one's own activity")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<KudosSummary>> Handle(Guid activityId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GiveKudos(activityId, principal.GetUserId()), cancellationToken));
}
