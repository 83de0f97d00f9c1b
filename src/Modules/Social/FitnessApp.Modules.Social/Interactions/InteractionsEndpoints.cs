using FitnessApp.Modules.Social.Interactions.DeleteComment;
using FitnessApp.Modules.Social.Interactions.EditComment;
using FitnessApp.Modules.Social.Interactions.GetActivitySocial;
using FitnessApp.Modules.Social.Interactions.GiveKudos;
using FitnessApp.Modules.Social.Interactions.ListComments;
using FitnessApp.Modules.Social.Interactions.ListKudos;
using FitnessApp.Modules.Social.Interactions.PostComment;
using FitnessApp.Modules.Social.Interactions.UndoKudos;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Interactions;

internal static class InteractionsEndpoints
{
    public static void MapInteractions(this IEndpointRouteBuilder api)
    {
        api.MapGetActivitySocial();
        api.MapGiveKudos();
        api.MapUndoKudos();
        api.MapListKudos();
        api.MapListComments();
        api.MapPostComment();
        api.MapEditComment();
        api.MapDeleteComment();
    }
}
