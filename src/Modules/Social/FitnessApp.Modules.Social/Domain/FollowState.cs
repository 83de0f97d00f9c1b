namespace FitnessApp.Modules.Social.Domain;

internal enum FollowState
{
    Pending = 0,
    Accepted = 1,
}
