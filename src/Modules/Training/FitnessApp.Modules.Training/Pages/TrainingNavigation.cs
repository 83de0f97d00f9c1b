using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Training.Pages.Plans;

namespace FitnessApp.Modules.Training.Pages;

internal static class TrainingNavigation
{
    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new(TrainingPaths.Activities, "Nav_Activities", typeof(TrainingText), "directions_run"),
        new(TrainingPaths.Statistics, "Nav_Statistics", typeof(TrainingText), "insights"),
        new(TrainingPaths.Records, "Nav_Records", typeof(TrainingText), "emoji_events"),
        new(TrainingPaths.Calendar, "Nav_Calendar", typeof(TrainingText), "calendar_month"),
        new(TrainingPaths.Plans, "Nav_Plans", typeof(TrainingText), "event_note"),
        new(TrainingPaths.Goals, "Nav_Goals", typeof(TrainingText), "flag"),
        new(TrainingPaths.Gear, "Nav_Gear", typeof(TrainingText), "hiking"),
        new(PlanPaths.Operators, "Nav_OpsPlans", typeof(TrainingText), "edit_calendar", PlatformPolicies.Operator),
    ];
}
