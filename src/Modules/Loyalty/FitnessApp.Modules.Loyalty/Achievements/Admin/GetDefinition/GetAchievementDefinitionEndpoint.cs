using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.GetDefinition;

internal static class GetAchievementDefinitionEndpoint
{
    public static void MapGetAchievementDefinition(this IEndpointRouteBuilder operators) =>
        operators.MapGet(AchievementRoutes.Admin + "/{id:guid}", Handle)
            .WithName("GetAchievementDefinition")
            .WithSummary("Operators: one achievement definition")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<AchievementDefinitionResponse>> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetAchievementDefinition(id), cancellationToken));
}
