namespace FitnessApp.Modules.Devices.Providers;

/// <summary>The providers we sync from, as they appear in routes, configuration and the database.</summary>
internal static class ProviderNames
{
    public const string Strava = "strava";
    public const string Polar = "polar";

    public static readonly IReadOnlyList<string> All = [Strava, Polar];

    public static bool IsKnown(string provider) => All.Contains(provider);
}
