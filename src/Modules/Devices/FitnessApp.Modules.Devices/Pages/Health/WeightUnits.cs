using FitnessApp.Modules.Accounts.Contracts.Profiles;

namespace FitnessApp.Modules.Devices.Pages.Health;

/// <summary>Weights are stored in kg; athletes with imperial units read pounds.</summary>
internal static class WeightUnits
{
    public const double PoundsPerKilogram = 2.20462262185;

    public static double From(double kilograms, UnitSystem units) =>
        units == UnitSystem.Imperial ? kilograms * PoundsPerKilogram : kilograms;
}
