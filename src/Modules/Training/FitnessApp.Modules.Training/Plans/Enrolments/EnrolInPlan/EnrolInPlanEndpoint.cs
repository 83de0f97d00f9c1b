using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Plans.Enrolments.EnrolInPlan;

internal static class EnrolInPlanEndpoint
{
    /// <summary><c>startDate</c> is a calendar date (<c>2026-11-23</c>), at most 7 days in the past.</summary>
    public sealed record Body(Guid? TemplateId, DateOnly? StartDate);

    public static void MapEnrolInPlan(this IEndpointRouteBuilder group) =>
        group.MapPost(PlanRoutes.Enrolments, Handle)
            .WithName("EnrolInPlan")
            .WithSummary("Enrol in a published plan from a start date; its workouts land on the caller's calendar (one plan at a time)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<CurrentPlanResponse>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Created(PlanRoutes.CurrentEnrolmentUrl,
            await mediator.Send(new EnrolInPlan(principal.GetUserId(), body.TemplateId, body.StartDate), cancellationToken));
}
