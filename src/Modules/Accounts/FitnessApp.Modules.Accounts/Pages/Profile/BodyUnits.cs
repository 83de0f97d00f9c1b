using FitnessApp.Modules.Accounts.Contracts.Profiles;

namespace FitnessApp.Modules.Accounts.Pages.Profile;

/// <summary>Height and weight as the athlete reads them: cm and kg, or inches and pounds. Stored values stay metric.</summary>
internal sealed class BodyUnits(UnitSystem units)
{
    public const double CentimetersPerInch = 2.54;
    public const double PoundsPerKilogram = 2.20462262185;

    public bool IsImperial => units == UnitSystem.Imperial;

    public double? ToHeightUnits(double? centimeters) => centimeters is { } cm ? Math.Round(IsImperial ? cm / CentimetersPerInch : cm, 1) : null;

    public double? FromHeightUnits(double? value) => value is { } v ? (IsImperial ? v * CentimetersPerInch : v) : null;

    public double? ToWeightUnits(double? kilograms) => kilograms is { } kg ? Math.Round(IsImperial ? kg * PoundsPerKilogram : kg, 1) : null;

    public double? FromWeightUnits(double? value) => value is { } v ? (IsImperial ? v / PoundsPerKilogram : v) : null;
}
