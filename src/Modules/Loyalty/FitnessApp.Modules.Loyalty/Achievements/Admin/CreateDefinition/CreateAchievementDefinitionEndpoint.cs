using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.CreateDefinition;

internal static class CreateAchievementDefinitionEndpoint
{
    public static void MapCreateAchievementDefinition(this IEndpointRouteBuilder operators) =>
        operators.MapPost(AchievementRoutes.Admin, Handle)
            .WithName("CreateAchievementDefinition")
            .WithSummary("Operators: a new achievement (checker kind and its parameters, texts en/ru, points, flags, optional SVG badge)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<AchievementDefinitionResponse>> Handle(CreateAchievementDefinition body, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(body, cancellationToken);
        return TypedResults.Created($"/api/v1/loyalty{AchievementRoutes.Admin}/{created.Id}", created);
    }
}
