using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Plans.Enrolments.LeavePlan;

internal static class LeavePlanEndpoint
{
    public static void MapLeavePlan(this IEndpointRouteBuilder group) =>
        group.MapDelete(PlanRoutes.CurrentEnrolment, Handle)
            .WithName("LeavePlan")
            .WithSummary("Leave the current plan: upcoming workouts leave the calendar, past ones stay as history")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new LeavePlan(principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
