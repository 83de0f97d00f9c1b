using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Gear;

namespace FitnessApp.Modules.Shop.Offers;

/// <summary>What the offer rules may know about one athlete: no health data (heart rate, weight, sleep) is ever part of it.</summary>
/// <param name="Volume">The athlete's activities of the last <see cref="OffersOptions.WindowDays"/> days per sport.</param>
/// <param name="Level">Loyalty level, null when unknown.</param>
/// <param name="RecentlyBought">Products in the athlete's orders (not cancelled) of the last <see cref="OffersOptions.RecentPurchaseDays"/> days.</param>
internal sealed record OfferInputs(
    IReadOnlyList<GearWearItem> Gear,
    IReadOnlyDictionary<Sport, SportVolume> Volume,
    int? Level,
    IReadOnlySet<Guid> RecentlyBought);

internal sealed record SportVolume(double DistanceMeters, int Count);

/// <summary>A product that may be offered: active, priced and in stock.</summary>
internal sealed record OfferCandidate(Guid ProductId, IReadOnlyList<Sport> Sports, bool IsShoe, long PriceFromMinor, double RatingAverage, int RatingCount);

/// <summary>Why a product is offered: which rule and the figures its reason sentence shows.</summary>
internal abstract record OfferReason;

/// <summary>Shoes at or past <see cref="OffersOptions.WornShoesShare"/> of their retirement distance.</summary>
internal sealed record WornShoesReason(string GearName, double DistanceMeters, double ThresholdMeters) : OfferReason;

/// <summary>Regular activity in a sport over the window.</summary>
internal sealed record SportVolumeReason(Sport Sport, int Count, double DistanceMeters, int WindowDays) : OfferReason;

internal sealed record OfferPick(Guid ProductId, OfferReason Reason);

/// <summary>
/// The offer rules (ADR 0019 addendum), in order: (1) shoes worn to at least <see cref="OffersOptions.WornShoesShare"/> of
/// their retirement distance → shoes of the sports they are used for (running when none); (2) the sports with at least
/// <see cref="OffersOptions.MinActivities"/> activities in the window, most distance then most activities first → that
/// sport's gear (no shoes: rule 1 decides those). The loyalty level sets the price band; products bought recently are
/// never offered; at most <see cref="OffersOptions.PerRule"/> products per worn pair or sport, <see cref="OffersOptions.MaxOffers"/>
/// in all, best rated first. Without gear or activity nothing is offered (no generic offers).
/// </summary>
internal static class OfferRules
{
    public static IReadOnlyList<OfferPick> Pick(OfferInputs inputs, IReadOnlyList<OfferCandidate> candidates, OffersOptions options)
    {
        var band = PriceBand(inputs.Level, options);
        var eligible = candidates
            .Where(c => !inputs.RecentlyBought.Contains(c.ProductId) && (band is null || c.PriceFromMinor <= band))
            .OrderByDescending(c => c.RatingAverage).ThenByDescending(c => c.RatingCount).ThenBy(c => c.PriceFromMinor).ThenBy(c => c.ProductId)
            .ToList();
        var picks = new List<OfferPick>();
        var taken = new HashSet<Guid>();

        void Take(IEnumerable<OfferCandidate> matches, OfferReason reason)
        {
            foreach (var match in matches.Where(m => !taken.Contains(m.ProductId)).Take(options.PerRule))
            {
                if (picks.Count >= options.MaxOffers)
                {
                    return;
                }

                taken.Add(match.ProductId);
                picks.Add(new OfferPick(match.ProductId, reason));
            }
        }

        foreach (var shoes in WornShoes(inputs.Gear, options))
        {
            var sports = shoes.Sports.Count > 0 ? shoes.Sports : [Sport.Running];
            Take(eligible.Where(c => c.IsShoe && c.Sports.Any(sports.Contains)), new WornShoesReason(shoes.Name, shoes.DistanceMeters, shoes.RetirementThresholdMeters!.Value));
        }

        foreach (var (sport, volume) in ActiveSports(inputs.Volume, options))
        {
            Take(eligible.Where(c => !c.IsShoe && c.Sports.Contains(sport)), new SportVolumeReason(sport, volume.Count, volume.DistanceMeters, options.WindowDays));
        }

        return picks;
    }

    /// <summary>Shoes in use at or past the share of their threshold, the most worn first.</summary>
    public static IEnumerable<GearWearItem> WornShoes(IEnumerable<GearWearItem> gear, OffersOptions options) =>
        gear.Where(g => g.Type == GearType.Shoes && g.RetirementThresholdMeters is > 0 && g.DistanceMeters >= g.RetirementThresholdMeters.Value * options.WornShoesShare)
            .OrderByDescending(g => g.DistanceMeters / g.RetirementThresholdMeters!.Value).ThenBy(g => g.GearId);

    public static IEnumerable<(Sport Sport, SportVolume Volume)> ActiveSports(IReadOnlyDictionary<Sport, SportVolume> volume, OffersOptions options) =>
        volume.Where(v => v.Value.Count >= options.MinActivities)
            .OrderByDescending(v => v.Value.DistanceMeters).ThenByDescending(v => v.Value.Count).ThenBy(v => v.Key)
            .Take(options.MaxSports)
            .Select(v => (v.Key, v.Value));

    /// <summary>The most a product may cost (minor units) at a level; null: no limit (unknown level, or high enough).</summary>
    public static long? PriceBand(int? level, OffersOptions options) => level switch
    {
        null => null,
        <= 2 => options.EntryBandMaxMinor,
        <= 4 => options.MiddleBandMaxMinor,
        _ => null,
    };
}
