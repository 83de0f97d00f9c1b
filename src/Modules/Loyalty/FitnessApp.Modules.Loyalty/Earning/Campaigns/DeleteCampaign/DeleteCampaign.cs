using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Campaigns.DeleteCampaign;

/// <summary>Operators: removes a campaign (points already credited stay).</summary>
internal sealed record DeleteCampaign(Guid Id) : ICommand<Unit>;

internal sealed class DeleteCampaignHandler(LoyaltyDbContext db) : IRequestHandler<DeleteCampaign, Unit>
{
    public async Task<Unit> Handle(DeleteCampaign request, CancellationToken cancellationToken)
    {
        var campaign = await db.BonusCampaigns.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Campaign", request.Id);
        db.BonusCampaigns.Remove(campaign);
        return Unit.Value;
    }
}

internal static class DeleteCampaignEndpoint
{
    public static void MapDeleteCampaign(this IEndpointRouteBuilder group) =>
        group.MapDelete(EarningRoutes.Campaigns + "/{id:guid}", Handle)
            .WithName("DeleteLoyaltyCampaign")
            .WithSummary("Operators: removes a campaign; points already credited stay")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteCampaign(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
