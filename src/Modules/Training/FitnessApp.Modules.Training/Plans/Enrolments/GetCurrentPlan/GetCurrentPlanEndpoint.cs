using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Plans.Enrolments.GetCurrentPlan;

internal static class GetCurrentPlanEndpoint
{
    public static void MapGetCurrentPlan(this IEndpointRouteBuilder group) =>
        group.MapGet(PlanRoutes.CurrentEnrolment, Handle)
            .WithName("GetCurrentPlan")
            .WithSummary("The caller's current plan: dates, planned workouts with status, adherence per week and overall")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<CurrentPlanResponse>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCurrentPlan(principal.GetUserId()), cancellationToken));
}
