namespace FitnessApp.Modules.Social.Pages.Moderation;

/// <summary>The moderation pages beyond the queue (<see cref="SocialPaths.Moderation"/>).</summary>
internal static class ModerationPaths
{
    public const string Report = SocialPaths.Moderation + "/reports/{Id:guid}";

    public static string ReportOf(Guid id) => $"{SocialPaths.Moderation}/reports/{id}";
}
