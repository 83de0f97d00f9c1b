using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Campaigns.EndCampaign;

/// <summary>Operators: ends an active campaign now (a scheduled one is removed instead; an ended one is a conflict).</summary>
internal sealed record EndCampaign(Guid Id) : ICommand<CampaignResponse>;

internal sealed class EndCampaignHandler(LoyaltyDbContext db, TimeProvider clock) : IRequestHandler<EndCampaign, CampaignResponse>
{
    public async Task<CampaignResponse> Handle(EndCampaign request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var campaign = await db.BonusCampaigns.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Campaign", request.Id);
        if (campaign.EndsAt <= now)
        {
            throw new ConflictException("The campaign has already ended.");
        }

        if (campaign.StartsAt > now)
        {
            db.BonusCampaigns.Remove(campaign);
            campaign.EndsAt = campaign.StartsAt;
        }
        else
        {
            campaign.EndsAt = now;
        }

        return CampaignResponse.Of(campaign, now);
    }
}

internal static class EndCampaignEndpoint
{
    public static void MapEndCampaign(this IEndpointRouteBuilder group) =>
        group.MapPost(EarningRoutes.Campaigns + "/{id:guid}/end", Handle)
            .WithName("EndLoyaltyCampaign")
            .WithSummary("Operators: ends an active campaign now (a scheduled one is removed)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<CampaignResponse>> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new EndCampaign(id), cancellationToken));
}
