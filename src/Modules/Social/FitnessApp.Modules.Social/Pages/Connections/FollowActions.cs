using FitnessApp.Modules.Shared.Mediation;
using FitnessApp.Modules.Social.Connections;
using FitnessApp.Modules.Social.Connections.FollowAthlete;
using FitnessApp.Modules.Social.Connections.UnfollowAthlete;

namespace FitnessApp.Modules.Social.Pages.Connections;

/// <summary>The follow button's one action: follow when not following, otherwise unfollow or withdraw the request.</summary>
internal static class FollowActions
{
    public static async Task<Relation> ToggleAsync(IPortalMediator mediator, Guid viewerId, Guid athleteId, Relation current)
    {
        if (current == Relation.None)
        {
            return (await mediator.Send(new FollowAthlete(viewerId, athleteId))).State;
        }

        await mediator.Send(new UnfollowAthlete(viewerId, athleteId));
        return Relation.None;
    }

    public static string TextKey(Relation relation) => relation switch
    {
        Relation.Following => "Button_Unfollow",
        Relation.Requested => "Button_CancelRequest",
        _ => "Button_Follow",
    };
}
