using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Plans.Calendar;

internal static class GetCalendarEndpoint
{
    public static void MapGetCalendar(this IEndpointRouteBuilder group) =>
        group.MapGet(PlanRoutes.Calendar, Handle)
            .WithName("GetCalendar")
            .WithSummary("The caller's month (month=YYYY-MM, default this month) as Monday-first weeks: done activities and planned workouts per day")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<CalendarResponse>> Handle(ClaimsPrincipal principal, IMediator mediator, string? month, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCalendar(principal.GetUserId(), month), cancellationToken));
}
