using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Moderation.ListMyReports;

internal static class ListMyReportsEndpoint
{
    public static void MapListMyReports(this IEndpointRouteBuilder group) =>
        group.MapGet(ModerationRoutes.Reports + "/mine", Handle)
            .WithName("ListMyReports")
            .WithSummary("The caller's reports, newest first, with the outcome of the resolved ones; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<Page<ReportResponse>>> Handle(
        ClaimsPrincipal principal, IMediator mediator, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListMyReports(principal.GetUserId(), cursor, limit ?? ListMyReports.DefaultLimit), cancellationToken));
}
