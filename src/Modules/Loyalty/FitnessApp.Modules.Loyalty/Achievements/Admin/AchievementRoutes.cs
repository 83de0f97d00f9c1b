namespace FitnessApp.Modules.Loyalty.Achievements.Admin;

internal static class AchievementRoutes
{
    public const string Admin = "/admin/achievements";
    public const int MaxPoints = 100_000;
}
