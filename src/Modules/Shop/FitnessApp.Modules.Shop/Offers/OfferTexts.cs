using System.Globalization;
using System.Resources;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Shop.Offers;

/// <summary>
/// The offers' reason sentences and email texts in the athlete's language (Resources/Offers/OfferText.resx and its Russian
/// twin); distances in the athlete's units, whole kilometres or miles.
/// </summary>
internal static class OfferTexts
{
    private const double MetersPerMile = 1609.344;
    private static readonly ResourceManager Resources = new("FitnessApp.Modules.Shop.Resources.Offers.OfferText", typeof(OfferTexts).Assembly);

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "ru" ? "ru" : "en");

    public static string Get(string key, string language) => Resources.GetString(key, Culture(language)) ?? key;

    public static string RuleName(OfferReason reason) => reason is WornShoesReason ? "wornShoes" : "sportVolume";

    public static string Reason(OfferReason reason, string language, UnitSystem units)
    {
        var culture = Culture(language);
        var unit = Get(units == UnitSystem.Imperial ? "Unit_Mi" : "Unit_Km", language);
        string Distance(double meters) => Math.Round(units == UnitSystem.Imperial ? meters / MetersPerMile : meters / 1000).ToString("N0", culture);
        return reason switch
        {
            WornShoesReason shoes => string.Format(culture, Get("Reason_WornShoes", language), shoes.GearName, Distance(shoes.DistanceMeters), Distance(shoes.ThresholdMeters), unit),
            SportVolumeReason { DistanceMeters: >= 1000 } volume => string.Format(
                culture, Get("Reason_Volume", language), volume.Count, SportName(volume.Sport, language), Distance(volume.DistanceMeters), unit, volume.WindowDays),
            SportVolumeReason volume => string.Format(culture, Get("Reason_Sessions", language), volume.Count, SportName(volume.Sport, language), volume.WindowDays),
            _ => string.Empty,
        };
    }

    private static string SportName(Training.Contracts.Activities.Sport sport, string language) =>
        Get($"Sport_{sport}", language) is var name && name != $"Sport_{sport}" ? name : WireNames.Of(sport);
}
