using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Campaigns.ListCampaigns;

/// <summary>Operators: the bonus campaigns, latest start first (a short list: campaigns are few).</summary>
internal sealed record ListCampaigns : IQuery<IReadOnlyList<CampaignResponse>>;

internal sealed class ListCampaignsHandler(LoyaltyDbContext db, TimeProvider clock) : IRequestHandler<ListCampaigns, IReadOnlyList<CampaignResponse>>
{
    public async Task<IReadOnlyList<CampaignResponse>> Handle(ListCampaigns request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var campaigns = await db.BonusCampaigns.AsNoTracking().OrderByDescending(c => c.StartsAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        return [.. campaigns.Select(c => CampaignResponse.Of(c, now))];
    }
}

internal static class ListCampaignsEndpoint
{
    public static void MapListCampaigns(this IEndpointRouteBuilder group) =>
        group.MapGet(EarningRoutes.Campaigns, Handle)
            .WithName("ListLoyaltyCampaigns")
            .WithSummary("Operators: bonus-point campaigns, latest start first")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<IReadOnlyList<CampaignResponse>>> Handle(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListCampaigns(), cancellationToken));
}
