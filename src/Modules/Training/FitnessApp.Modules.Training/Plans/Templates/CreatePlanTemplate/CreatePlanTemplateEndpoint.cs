using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Plans.Templates.CreatePlanTemplate;

internal static class CreatePlanTemplateEndpoint
{
    public static void MapCreatePlanTemplate(this IEndpointRouteBuilder group) =>
        group.MapPost(PlanRoutes.Templates, Handle)
            .RequireAuthorization(PlatformPolicies.Operator)
            .WithName("CreatePlanTemplate")
            .WithSummary("Operators: create a training plan template")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Created<PlanTemplateResponse>> Handle(PlanTemplateBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var template = await mediator.Send(CreatePlanTemplate.From(body), cancellationToken);
        return TypedResults.Created(PlanRoutes.TemplateOf(template.Id), template);
    }
}
