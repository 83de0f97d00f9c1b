namespace FitnessApp.Modules.Social.Groups;

internal static class GroupRoutes
{
    public const string Groups = "/groups";
    public const string Group = "/groups/{id:guid}";
    public const string Event = Group + "/events/{eventId:guid}";

    public static string Of(Guid id) => $"/api/v1/social/groups/{id}";

    public static string EventOf(Guid groupId, Guid eventId) => $"/api/v1/social/groups/{groupId}/events/{eventId}";
}
