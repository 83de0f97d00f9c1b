using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Moderation.ResolveReport;

internal static class ResolveReportEndpoint
{
    /// <param name="Action">dismiss, hide, warn or suspend.</param>
    /// <param name="SuspendDays">Required to suspend: 1 to 365.</param>
    public sealed record Body(string? Action, string? Note, int? SuspendDays);

    public static void MapResolveReport(this IEndpointRouteBuilder group) =>
        group.MapPost(ModerationRoutes.Queue + "/{id:guid}/resolve", Handle)
            .WithName("ResolveModerationReport")
            .WithSummary("Operators: dismiss, hide the target, warn or suspend its owner; resolves every open report on the target and tells each reporter the outcome")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ReportDetail>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ResolveReport(id, principal.GetUserId(), body.Action, body.Note, body.SuspendDays), cancellationToken));
}
