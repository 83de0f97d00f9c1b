namespace FitnessApp.Modules.Training.Pages.Activities;

/// <summary>The list's date filter: whole days on the athlete's wall clock, both ends included, as the [from, to) instants the query takes.</summary>
internal static class ActivityFilter
{
    public static DateTimeOffset? From(DateOnly? from, string timeZone) => from is { } day ? StartOfDay(day, timeZone) : null;

    public static DateTimeOffset? To(DateOnly? to, string timeZone) => to is { } day ? StartOfDay(day.AddDays(1), timeZone) : null;

    private static DateTimeOffset StartOfDay(DateOnly day, string timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
