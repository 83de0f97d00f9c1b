namespace FitnessApp.Modules.Social.Interactions;

internal static class InteractionRoutes
{
    public const string Activity = "/activities/{activityId:guid}";
    public const string Kudos = Activity + "/kudos";
    public const string Comments = Activity + "/comments";
    public const string Comment = Comments + "/{commentId:guid}";

    public static string CommentOf(Guid activityId, Guid commentId) => $"/api/v1/social/activities/{activityId}/comments/{commentId}";
}
