using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Progress.GetFitness;

internal static class GetFitnessEndpoint
{
    public static void MapGetFitness(this IEndpointRouteBuilder group) =>
        group.MapGet(ProgressRoutes.Fitness, Handle)
            .WithName("GetFitness")
            .WithSummary("The caller's daily fitness (42-day EWMA of training load), fatigue (7-day) and form for [from, to] (yyyy-MM-dd, at most 3 years; default the last 90 days)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<FitnessResponse>> Handle(
        ClaimsPrincipal principal, IMediator mediator, string? from, string? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetFitness(principal.GetUserId(), from, to), cancellationToken));
}
