using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Campaigns.SaveCampaign;

internal sealed class SaveCampaignHandler(LoyaltyDbContext db, TimeProvider clock) : IRequestHandler<SaveCampaign, CampaignResponse>
{
    public async Task<CampaignResponse> Handle(SaveCampaign request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Sport? sport = request.Sport is null ? null : WireNames.Parse<Sport>(request.Sport);
        var startsAt = request.StartsAt!.Value.ToUniversalTime();
        var endsAt = request.EndsAt!.Value.ToUniversalTime();
        var campaign = request.Id is { } id
            ? await db.BonusCampaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Campaign", id)
            : null;
        var others = await db.BonusCampaigns.AsNoTracking().Where(c => c.Id != request.Id && c.StartsAt < endsAt && startsAt < c.EndsAt).ToListAsync(cancellationToken);
        if (others.FirstOrDefault(c => c.Overlaps(sport, startsAt, endsAt)) is { } conflict)
        {
            throw new ConflictException(
                $"The campaign overlaps \"{conflict.Name}\" ({(conflict.Sport is { } s ? WireNames.Of(s) : "every sport")}, {conflict.StartsAt:u} to {conflict.EndsAt:u}).",
                new Dictionary<string, object?> { ["conflictingCampaignId"] = conflict.Id, ["conflictingCampaignName"] = conflict.Name });
        }

        campaign ??= db.BonusCampaigns.Add(new BonusCampaign { Name = request.Name!.Trim(), CreatedAt = now }).Entity;
        campaign.Name = request.Name!.Trim();
        campaign.Sport = sport;
        campaign.Multiplier = request.Multiplier;
        campaign.StartsAt = startsAt;
        campaign.EndsAt = endsAt;
        return CampaignResponse.Of(campaign, now);
    }
}
