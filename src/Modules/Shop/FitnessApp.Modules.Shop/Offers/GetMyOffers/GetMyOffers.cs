using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Offers.GetMyOffers;

/// <summary>The signed-in athlete's personal offers (empty without gear or recent activity).</summary>
internal sealed record GetMyOffers(Guid AthleteId) : IQuery<IReadOnlyList<OfferResponse>>;

/// <param name="Rule"><c>wornShoes</c> or <c>sportVolume</c>.</param>
/// <param name="Reason">Why it is offered, in the athlete's language.</param>
internal sealed record OfferResponse(Guid ProductId, string Slug, string Name, string Brand, decimal PriceFrom, string Currency, string? ImageUrl, string Rule, string Reason);

internal sealed class GetMyOffersHandler(PersonalOffers offers, IOptions<ShopOptions> shop) : IRequestHandler<GetMyOffers, IReadOnlyList<OfferResponse>>
{
    public async Task<IReadOnlyList<OfferResponse>> Handle(GetMyOffers request, CancellationToken cancellationToken)
    {
        var found = await offers.ForAsync([request.AthleteId], cancellationToken);
        return found.TryGetValue(request.AthleteId, out var mine)
            ? mine.Offers.Select(o => new OfferResponse(o.ProductId, o.Slug, o.Name, o.Brand, Money.ToDecimal(o.PriceFromMinor), shop.Value.Currency, o.ImageUrl, o.Rule, o.Reason)).ToList()
            : [];
    }
}
