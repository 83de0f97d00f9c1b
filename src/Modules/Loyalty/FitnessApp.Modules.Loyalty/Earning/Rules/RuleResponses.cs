namespace FitnessApp.Modules.Loyalty.Earning.Rules;

/// <param name="Sport">A sport's wire name, or null for every sport without a rule of its own.</param>
internal sealed record RuleResponse(Guid Id, string? Sport, double PointsPerKm, double PointsPerMinute, int PointsPerWorkout);

internal sealed record SettingsResponse(
    int DailyCap, int WeeklyCap, double ManualFactor, int FirstActivityOfWeekBonus, int StreakDays, int StreakBonus, int ReferralBonus);

internal sealed record EarningRulesResponse(SettingsResponse Settings, IReadOnlyList<RuleResponse> Rules);

internal static class RuleResponses
{
    public static RuleResponse Of(EarningRule r) =>
        new(r.Id, r.Sport is { } sport ? Shared.Web.WireNames.Of(sport) : null, r.PointsPerKm, r.PointsPerMinute, r.PointsPerWorkout);

    public static SettingsResponse Of(EarningSettings s) =>
        new(s.DailyCap, s.WeeklyCap, s.ManualFactor, s.FirstActivityOfWeekBonus, s.StreakDays, s.StreakBonus, s.ReferralBonus);
}
