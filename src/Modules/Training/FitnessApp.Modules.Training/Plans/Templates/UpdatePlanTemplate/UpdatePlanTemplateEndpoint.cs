using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Plans.Templates.UpdatePlanTemplate;

internal static class UpdatePlanTemplateEndpoint
{
    public static void MapUpdatePlanTemplate(this IEndpointRouteBuilder group) =>
        group.MapPut(PlanRoutes.Templates + "/{id:guid}", Handle)
            .RequireAuthorization(PlatformPolicies.Operator)
            .WithName("UpdatePlanTemplate")
            .WithSummary("Operators: replace a template's fields and workouts (enrolled athletes keep theirs)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<PlanTemplateResponse>> Handle(Guid id, PlanTemplateBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(UpdatePlanTemplate.From(id, body), cancellationToken));
}
