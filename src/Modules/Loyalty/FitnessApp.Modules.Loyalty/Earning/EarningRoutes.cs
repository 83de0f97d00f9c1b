namespace FitnessApp.Modules.Loyalty.Earning;

internal static class EarningRoutes
{
    public const string Referral = "/referral";
    public const string Rules = "/admin/rules";
    public const string Settings = "/admin/rules/settings";
    public const string Campaigns = "/admin/campaigns";
}
