using Microsoft.Extensions.Localization;

namespace FitnessApp.Modules.Support.Pages;

/// <summary>Localized names of the wire values the pages show (status, category, feedback category).</summary>
internal static class SupportNames
{
    public static string Status(this IStringLocalizer<SupportText> t, string status) => status switch
    {
        "new" => t["Status_New"],
        "inProgress" => t["Status_InProgress"],
        "waitingForUser" => t["Status_WaitingForUser"],
        "resolved" => t["Status_Resolved"],
        _ => status,
    };

    public static string Category(this IStringLocalizer<SupportText> t, string category) => category switch
    {
        "account" => t["Category_Account"],
        "activities" => t["Category_Activities"],
        "devices" => t["Category_Devices"],
        "privacy" => t["Category_Privacy"],
        "bug" => t["Category_Bug"],
        "other" => t["Category_Other"],
        _ => category,
    };

    public static string FeedbackCategory(this IStringLocalizer<SupportText> t, string category) => category switch
    {
        "idea" => t["Feedback_Idea"],
        "problem" => t["Feedback_Problem"],
        "praise" => t["Feedback_Praise"],
        "other" => t["Feedback_Other"],
        _ => category,
    };

    public static Radzen.BadgeStyle StatusStyle(string status) => status switch
    {
        "new" => Radzen.BadgeStyle.Info,
        "inProgress" => Radzen.BadgeStyle.Primary,
        "waitingForUser" => Radzen.BadgeStyle.Warning,
        _ => Radzen.BadgeStyle.Success,
    };
}
