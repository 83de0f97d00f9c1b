using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Earning.Campaigns.SaveCampaign;

internal static class SaveCampaignEndpoints
{
    /// <param name="Sport">A sport's wire name, or null for every sport.</param>
    /// <param name="Multiplier">More than 0, at most 10.</param>
    public sealed record Body(string? Name, string? Sport, double Multiplier, DateTime? StartsAt, DateTime? EndsAt);

    public static void MapSaveCampaign(this IEndpointRouteBuilder group)
    {
        group.MapPost(EarningRoutes.Campaigns, Create)
            .WithName("CreateLoyaltyCampaign")
            .WithSummary("Operators: a bonus campaign multiplying the points of one sport (or every sport) for activities started in [startsAt, endsAt)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut(EarningRoutes.Campaigns + "/{id:guid}", Update)
            .WithName("UpdateLoyaltyCampaign")
            .WithSummary("Operators: changes a campaign (its sport, multiplier or period)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<CampaignResponse>> Create(Body body, IMediator mediator, CancellationToken cancellationToken)
    {
        var campaign = await mediator.Send(new SaveCampaign(null, body.Name, body.Sport, body.Multiplier, body.StartsAt, body.EndsAt), cancellationToken);
        return TypedResults.Created($"/api/v1/loyalty{EarningRoutes.Campaigns}/{campaign.Id}", campaign);
    }

    private static async Task<Ok<CampaignResponse>> Update(Guid id, Body body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SaveCampaign(id, body.Name, body.Sport, body.Multiplier, body.StartsAt, body.EndsAt), cancellationToken));
}
