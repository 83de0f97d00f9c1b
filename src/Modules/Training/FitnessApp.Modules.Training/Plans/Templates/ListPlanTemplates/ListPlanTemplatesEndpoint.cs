using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Plans.Templates.ListPlanTemplates;

internal static class ListPlanTemplatesEndpoint
{
    public static void MapListPlanTemplates(this IEndpointRouteBuilder group) =>
        group.MapGet(PlanRoutes.Templates, Handle)
            .WithName("ListPlanTemplates")
            .WithSummary("The training plan catalogue: published templates (operators also see drafts)")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<PlanTemplateResponse>>> Handle(
        ClaimsPrincipal principal, IAuthorizationService authorization, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListPlanTemplates(await authorization.IsOperatorAsync(principal)), cancellationToken));
}
