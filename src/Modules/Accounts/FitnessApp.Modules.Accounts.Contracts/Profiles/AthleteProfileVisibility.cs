namespace FitnessApp.Modules.Accounts.Contracts.Profiles;

/// <summary>
/// Who may see an athlete's profile beyond the name and avatar (Accounts' own ProfileVisibility as other modules see it;
/// named apart so that Accounts' code importing both namespaces stays unambiguous).
/// </summary>
public enum AthleteProfileVisibility
{
    Public = 0,
    FollowersOnly = 1,
}
