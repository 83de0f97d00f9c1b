using FitnessApp.Modules.Shop.Domain;

namespace FitnessApp.Modules.Shop.Offers.WeeklyEmail;

/// <summary>The weekly offers email: one line per offer (name, brand, price, reason) in the athlete's language.</summary>
internal static class OfferEmail
{
    public sealed record Composed(string Subject, string Text);

    public static Composed Compose(AthleteOffers offers, string currency)
    {
        var language = offers.Language;
        var culture = OfferTexts.Culture(language);
        var lines = offers.Offers.Select(o => string.Format(
            culture, OfferTexts.Get("Email_Line", language), o.Name, o.Brand, Money.Format(o.PriceFromMinor, currency, culture), o.Reason));
        var text = $"{OfferTexts.Get("Email_Intro", language)}\n\n{string.Join("\n", lines)}\n\n{OfferTexts.Get("Email_Footer", language)}";
        return new Composed(OfferTexts.Get("Email_Subject", language), text);
    }
}
