using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Loyalty.Contracts.Standing;
using FitnessApp.Modules.Shop.Catalog;
using FitnessApp.Modules.Shop.Contracts.Orders;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Gear;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Offers;

/// <summary>An offer as the athlete sees it, in their language; <see cref="Rule"/> is <c>wornShoes</c> or <c>sportVolume</c>.</summary>
internal sealed record PersonalOffer(Guid ProductId, string Slug, string Name, string Brand, long PriceFromMinor, string? ImageUrl, string Rule, string Reason);

/// <summary>One athlete's offers and the language they were written in.</summary>
internal sealed record AthleteOffers(string Language, IReadOnlyList<PersonalOffer> Offers);

/// <summary>
/// Gathers what the offer rules may use for a batch of athletes and runs them. Training gives the gear wear (without
/// provider-only activities) and the totals of public and followers' activities (private ones, which include everything a
/// provider's terms keep to the owner, never count); Loyalty the level; Shop the recent purchases. No health data is read.
/// </summary>
internal sealed class PersonalOffers(ShopDbContext db, IMediator mediator, TimeProvider clock, IOptions<OffersOptions> options)
{
    public const int MaxCandidates = 500;

    public async Task<IReadOnlyDictionary<Guid, AthleteOffers>> ForAsync(IReadOnlyCollection<Guid> athleteIds, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var ids = athleteIds.Distinct().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var profiles = (await mediator.Send(new GetAthleteProfiles(ids), cancellationToken)).ToDictionary(p => p.UserId);
        var gear = (await mediator.Send(new GetGearWear(ids), cancellationToken)).ToLookup(g => g.OwnerId);
        var volume = await VolumeAsync(ids, now.AddDays(-settings.WindowDays), now, cancellationToken);
        var bought = await RecentlyBoughtAsync(ids, now.AddDays(-settings.RecentPurchaseDays), cancellationToken);

        var inputs = new Dictionary<Guid, OfferInputs>();
        foreach (var id in ids.Where(profiles.ContainsKey))
        {
            var athleteVolume = volume.GetValueOrDefault(id) ?? new Dictionary<Sport, SportVolume>();
            var athleteGear = gear[id].ToList();
            if (athleteGear.Count == 0 && athleteVolume.Count == 0)
            {
                continue;
            }

            var level = (await mediator.Send(new GetLoyaltyStanding(id), cancellationToken)).Level;
            inputs[id] = new OfferInputs(athleteGear, athleteVolume, level, bought.GetValueOrDefault(id) ?? new HashSet<Guid>());
        }

        var result = new Dictionary<Guid, AthleteOffers>();
        if (inputs.Count == 0)
        {
            return result;
        }

        var candidates = await CandidatesAsync(cancellationToken);
        foreach (var (id, input) in inputs)
        {
            var profile = profiles[id];
            var picks = OfferRules.Pick(input, candidates.Values.Select(c => c.Candidate).ToList(), settings);
            result[id] = new AthleteOffers(profile.Language, picks.Select(p =>
                {
                    var product = candidates[p.ProductId];
                    return new PersonalOffer(
                        p.ProductId, product.Slug, profile.Language == "ru" ? product.NameRu : product.NameEn, product.Brand,
                        product.Candidate.PriceFromMinor, product.ImageUrl, OfferTexts.RuleName(p.Reason),
                        OfferTexts.Reason(p.Reason, profile.Language, profile.Units));
                })
                .ToList());
        }

        return result;
    }

    /// <summary>Per athlete and sport, the totals of the window (one grouped query per sport for the whole batch).</summary>
    private async Task<Dictionary<Guid, Dictionary<Sport, SportVolume>>> VolumeAsync(List<Guid> ids, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var volume = new Dictionary<Guid, Dictionary<Sport, SportVolume>>();
        foreach (var sport in Enum.GetValues<Sport>())
        {
            foreach (var totals in await mediator.Send(new GetTrainingTotals(ids, from, to, sport), cancellationToken))
            {
                if (totals.Count > 0)
                {
                    (volume.TryGetValue(totals.AthleteId, out var sports) ? sports : volume[totals.AthleteId] = [])[sport] =
                        new SportVolume(totals.DistanceMeters, totals.Count);
                }
            }
        }

        return volume;
    }

    private async Task<Dictionary<Guid, IReadOnlySet<Guid>>> RecentlyBoughtAsync(List<Guid> ids, DateTime since, CancellationToken cancellationToken)
    {
        var rows = await db.Orders.AsNoTracking()
            .Where(o => ids.Contains(o.CustomerId) && o.PlacedAt >= since && o.Status != OrderStatus.Cancelled)
            .Join(db.Set<Orders.OrderLine>().AsNoTracking(), o => o.Id, l => l.OrderId, (o, l) => new { o.CustomerId, l.ProductId })
            .Distinct()
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CustomerId).ToDictionary(g => g.Key, g => (IReadOnlySet<Guid>)g.Select(r => r.ProductId).ToHashSet());
    }

    private sealed record CandidateProduct(OfferCandidate Candidate, string Slug, string NameEn, string NameRu, string Brand, string? ImageUrl);

    /// <summary>Active products with a price and a variant in stock, best rated first; shoes are those under a "shoes" category.</summary>
    private async Task<Dictionary<Guid, CandidateProduct>> CandidatesAsync(CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Slug }).ToListAsync(cancellationToken);
        var byId = categories.ToDictionary(c => c.Id);
        var shoeCategories = categories.Where(c =>
        {
            for (var current = c; current is not null; current = current.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null)
            {
                if (current.Slug.Contains("shoe", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }).Select(c => c.Id).ToHashSet();

        // Three flat queries rather than one with nested collections: SQLite cannot run the APPLY those need.
        var rows = await db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Active && p.PriceFromMinor != null && p.Sports.Count > 0 && p.Skus.Any(s => s.Active && s.Stock > 0))
            .OrderByDescending(p => p.RatingAverage).ThenBy(p => p.Id)
            .Take(MaxCandidates)
            .Select(p => new { p.Id, p.CategoryId, p.Slug, p.NameEn, p.NameRu, p.Brand, p.PriceFromMinor, p.RatingAverage, p.RatingCount })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var sports = (await db.Set<ProductSport>().AsNoTracking().Where(s => ids.Contains(s.ProductId)).Select(s => new { s.ProductId, s.Sport }).ToListAsync(cancellationToken))
            .ToLookup(s => s.ProductId, s => s.Sport);
        var images = (await db.ProductImages.AsNoTracking().Where(i => ids.Contains(i.ProductId)).Select(i => new { i.ProductId, i.Id, i.Position }).ToListAsync(cancellationToken))
            .GroupBy(i => i.ProductId)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.Position).First().Id);
        return rows.ToDictionary(r => r.Id, r => new CandidateProduct(
            new OfferCandidate(r.Id, sports[r.Id].ToList(), shoeCategories.Contains(r.CategoryId), r.PriceFromMinor!.Value, r.RatingAverage, r.RatingCount),
            r.Slug, r.NameEn, r.NameRu, r.Brand, images.TryGetValue(r.Id, out var image) ? CatalogRoutes.Image(image) : null));
    }
}
