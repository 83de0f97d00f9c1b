using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Training.Pages;
using FitnessApp.Modules.Training.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace FitnessApp.Modules.Training.Tests.Pages;

/// <summary>Measures with the shared English unit texts, in the invariant culture.</summary>
internal static class TestMeasures
{
    public static Measures Metric { get; } = new(UnitSystem.Metric, new UnitTexts());

    public static Measures Imperial { get; } = new(UnitSystem.Imperial, new UnitTexts());

    private sealed class UnitTexts : IStringLocalizer<TrainingText>
    {
        private static readonly Dictionary<string, string> Texts = new()
        {
            ["Unit_Km"] = "km", ["Unit_Mi"] = "mi", ["Unit_M"] = "m", ["Unit_Ft"] = "ft", ["Unit_Kmh"] = "km/h", ["Unit_Mph"] = "mph",
            ["Unit_PerKm"] = "/km", ["Unit_PerMi"] = "/mi", ["Unit_Kg"] = "kg", ["Unit_Lb"] = "lb",
        };

        public LocalizedString this[string name] => new(name, Texts.GetValueOrDefault(name, name), !Texts.ContainsKey(name));

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => Texts.Select(t => new LocalizedString(t.Key, t.Value));
    }
}

/// <summary>Runs a test body in a fixed culture (number formats).</summary>
internal sealed class InCulture : IDisposable
{
    private readonly System.Globalization.CultureInfo _previous = System.Globalization.CultureInfo.CurrentCulture;

    public InCulture(string name) => System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(name);

    public void Dispose() => System.Globalization.CultureInfo.CurrentCulture = _previous;
}
