namespace FitnessApp.Modules.Training.Domain;

internal static class TimeZones
{
    /// <summary>Windows ids (accepted by .NET) are stored as their IANA equivalent, so that clients read one kind.</summary>
    public static string IanaIdOf(TimeZoneInfo zone) =>
        !zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
}
