using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Plans.Templates.DeletePlanTemplate;

internal static class DeletePlanTemplateEndpoint
{
    public static void MapDeletePlanTemplate(this IEndpointRouteBuilder group) =>
        group.MapDelete(PlanRoutes.Templates + "/{id:guid}", Handle)
            .RequireAuthorization(PlatformPolicies.Operator)
            .WithName("DeletePlanTemplate")
            .WithSummary("Operators: remove a template from the catalogue (enrolled athletes keep their plan)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeletePlanTemplate(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
