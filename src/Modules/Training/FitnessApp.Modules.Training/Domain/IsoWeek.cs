namespace FitnessApp.Modules.Training.Domain;

/// <summary>Weeks as athletes count them here: ISO weeks, Monday first.</summary>
internal static class IsoWeek
{
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
