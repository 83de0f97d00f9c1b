using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Moderation.ReportContent;

internal static class ReportContentEndpoint
{
    /// <param name="Target">activity, comment, group or athlete.</param>
    /// <param name="Reason">spam, harassment, inappropriate or other.</param>
    public sealed record Body(string? Target, Guid TargetId, string? Reason, string? Text);

    public static void MapReportContent(this IEndpointRouteBuilder group) =>
        group.MapPost(ModerationRoutes.Reports, Handle)
            .WithName("ReportContent")
            .WithSummary("Report an activity, comment, group or athlete the caller can see; 201 for a new report, 200 with the open one when reported again")
            .Produces<ReportResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Created<ReportResponse>, Ok<ReportResponse>>> Handle(
        Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var filed = await mediator.Send(new ReportContent(principal.GetUserId(), body.Target, body.TargetId, body.Reason, body.Text), cancellationToken);
        return filed.Created
            ? TypedResults.Created($"/api/v1/social/reports/{filed.Report.Id}", filed.Report)
            : TypedResults.Ok(filed.Report);
    }
}
