using System.Globalization;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Shared.Web;
using Microsoft.Extensions.Localization;

namespace FitnessApp.Modules.Loyalty.Pages.Challenges;

/// <summary>A goal's amounts in the athlete's units: km or mi, hours, m or ft, activities, steps.</summary>
internal sealed class ChallengeFormat(UnitSystem units, IStringLocalizer<ChallengesText> text)
{
    private const double MetersPerMile = 1609.344;
    private const double FeetPerMeter = 3.280839895;

    public string Amount(string goal, double value)
    {
        var culture = CultureInfo.CurrentCulture;
        var imperial = units == UnitSystem.Imperial;
        return WireNames.Parse<ChallengeGoal>(goal) switch
        {
            ChallengeGoal.Distance => imperial
                ? $"{(value / MetersPerMile).ToString("0.#", culture)} {text["Unit_Mi"]}"
                : $"{(value / 1000).ToString("0.#", culture)} {text["Unit_Km"]}",
            ChallengeGoal.MovingTime => $"{(value / 3600).ToString("0.#", culture)} {text["Unit_H"]}",
            ChallengeGoal.Elevation => imperial
                ? $"{(value * FeetPerMeter).ToString("0", culture)} {text["Unit_Ft"]}"
                : $"{value.ToString("0", culture)} {text["Unit_M"]}",
            ChallengeGoal.ActivityCount => $"{value.ToString("0", culture)} {text["Unit_Activities"]}",
            _ => $"{value.ToString("N0", culture)} {text["Unit_Steps"]}",
        };
    }

    public static int Percent(double? progress, double goal) => goal <= 0 ? 0 : (int)Math.Clamp(Math.Floor((progress ?? 0) * 100 / goal), 0, 100);
}
