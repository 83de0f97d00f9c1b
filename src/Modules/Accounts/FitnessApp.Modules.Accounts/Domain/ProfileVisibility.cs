namespace FitnessApp.Modules.Accounts.Domain;

/// <summary>Who may see the athlete's profile page.</summary>
internal enum ProfileVisibility
{
    Public = 0,
    FollowersOnly = 1,
}
