namespace FitnessApp.Modules.Training.Pages;

/// <summary>The portal addresses of the Training pages.</summary>
internal static class TrainingPaths
{
    public const string Activities = "/training/activities";
    public const string NewActivity = "/training/activities/new";
    public const string Statistics = "/training/statistics";
    public const string Records = "/training/records";
    public const string Calendar = "/training/calendar";
    public const string Plans = "/training/plans";
    public const string Goals = "/training/goals";
    public const string Gear = "/training/gear";

    public static string Activity(Guid id) => $"{Activities}/{id}";

    public static string EditActivity(Guid id) => $"{Activities}/{id}/edit";
}
