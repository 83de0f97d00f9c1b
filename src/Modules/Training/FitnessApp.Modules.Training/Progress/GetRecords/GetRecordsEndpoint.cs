using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Progress.GetRecords;

internal static class GetRecordsEndpoint
{
    public static void MapGetRecords(this IEndpointRouteBuilder group) =>
        group.MapGet(ProgressRoutes.Records, Handle)
            .WithName("GetPersonalRecords")
            .WithSummary("The caller's personal records per sport: longest distance, longest moving time, most elevation, fastest best effort per standard distance")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<RecordsResponse>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetRecords(principal.GetUserId()), cancellationToken));
}
