using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Plans.Templates.GetPlanTemplate;

internal static class GetPlanTemplateEndpoint
{
    public static void MapGetPlanTemplate(this IEndpointRouteBuilder group) =>
        group.MapGet(PlanRoutes.Templates + "/{id:guid}", Handle)
            .WithName("GetPlanTemplate")
            .WithSummary("One training plan template with its weeks of workouts")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<PlanTemplateResponse>> Handle(
        Guid id, ClaimsPrincipal principal, IAuthorizationService authorization, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPlanTemplate(id, await authorization.IsOperatorAsync(principal)), cancellationToken));
}
