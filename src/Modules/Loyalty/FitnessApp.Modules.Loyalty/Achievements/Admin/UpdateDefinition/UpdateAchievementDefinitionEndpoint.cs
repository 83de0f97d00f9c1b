using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.UpdateDefinition;

internal static class UpdateAchievementDefinitionEndpoint
{
    public sealed record Body(
        bool Hidden, bool Progressive, bool Repeatable, int Points, string? NameEn, string? NameRu, string? DescriptionEn, string? DescriptionRu,
        string? BadgeSvg, bool Enabled);

    public static void MapUpdateAchievementDefinition(this IEndpointRouteBuilder operators) =>
        operators.MapPut(AchievementRoutes.Admin + "/{id:guid}", Handle)
            .WithName("UpdateAchievementDefinition")
            .WithSummary("Operators: change an achievement's texts, points, flags, badge or enabled state")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<AchievementDefinitionResponse>> Handle(Guid id, Body body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateAchievementDefinition(
                id, body.Hidden, body.Progressive, body.Repeatable, body.Points, body.NameEn, body.NameRu, body.DescriptionEn, body.DescriptionRu,
                body.BadgeSvg, body.Enabled),
            cancellationToken));
}
