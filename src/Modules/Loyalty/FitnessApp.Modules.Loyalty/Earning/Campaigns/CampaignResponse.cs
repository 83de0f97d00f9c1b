using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Loyalty.Earning.Campaigns;

/// <param name="Sport">A sport's wire name, or null for every sport.</param>
/// <param name="Status">scheduled, active or ended.</param>
internal sealed record CampaignResponse(Guid Id, string Name, string? Sport, double Multiplier, DateTime StartsAt, DateTime EndsAt, string Status)
{
    public static CampaignResponse Of(BonusCampaign c, DateTime now) =>
        new(c.Id, c.Name, c.Sport is { } sport ? WireNames.Of(sport) : null, c.Multiplier, c.StartsAt, c.EndsAt,
            now < c.StartsAt ? "scheduled" : now < c.EndsAt ? "active" : "ended");
}
