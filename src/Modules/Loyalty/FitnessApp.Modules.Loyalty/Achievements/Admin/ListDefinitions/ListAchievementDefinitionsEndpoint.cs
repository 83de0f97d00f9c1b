using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.ListDefinitions;

internal static class ListAchievementDefinitionsEndpoint
{
    public static void MapListAchievementDefinitions(this IEndpointRouteBuilder operators) =>
        operators.MapGet(AchievementRoutes.Admin, Handle)
            .WithName("ListAchievementDefinitions")
            .WithSummary("Operators: every achievement definition")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<IReadOnlyList<AchievementDefinitionResponse>>> Handle(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListAchievementDefinitions(), cancellationToken));
}
