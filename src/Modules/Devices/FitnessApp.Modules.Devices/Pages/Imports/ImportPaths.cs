namespace FitnessApp.Modules.Devices.Pages.Imports;

internal static class ImportPaths
{
    public const string Import = "/devices/import";

    /// <summary>Training's activity page (Training's own paths are internal to it).</summary>
    public static string Activity(Guid id) => $"/training/activities/{id}";

    /// <summary>The download is a browser link to the API (cookie-authenticated), not a call from the portal.</summary>
    public static string Original(Guid activityId) => $"/api/v1/devices/activities/{activityId}/original";
}
