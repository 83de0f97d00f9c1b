using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Training.Goals;

/// <summary>The fields of a goal a client sends; enums as wire names (<c>week</c>, <c>movingTime</c>, <c>trailRunning</c>).</summary>
internal interface IGoalInput
{
    string? Period { get; }

    string? Metric { get; }

    string? Sport { get; }

    double? TargetValue { get; }

    string? Title { get; }
}

internal static class GoalInputRules
{
    public const double MaxTarget = 1_000_000_000;

    public static void AddGoalInputRules<T>(this AbstractValidator<T> validator)
        where T : IGoalInput
    {
        validator.RuleFor(r => r.Period).NotEmpty().Must(WireNames.IsValid<GoalPeriod>)
            .WithMessage($"'period' must be one of: {WireNames.Names<GoalPeriod>()}.");
        validator.RuleFor(r => r.Metric).NotEmpty().Must(WireNames.IsValid<GoalMetric>)
            .WithMessage($"'metric' must be one of: {WireNames.Names<GoalMetric>()}.");
        validator.RuleFor(r => r.Sport).Must(s => s is null || WireNames.IsValid<Sport>(s))
            .WithMessage($"'sport' must be one of: {WireNames.Names<Sport>()}, or left out for every sport.");
        validator.RuleFor(r => r.Metric)
            .Must((r, metric) => !AppliesToNoDistance(metric, r.Sport))
            .WithMessage(r => $"{r.Sport} has no distance; choose another metric.");
        validator.RuleFor(r => r.TargetValue).NotNull().GreaterThan(0).LessThanOrEqualTo(MaxTarget)
            .Must((r, target) => target is null || !IsCount(r.Metric) || target == Math.Floor(target.Value))
            .WithMessage("'targetValue' of a count goal must be a whole number.");
        validator.RuleFor(r => r.Title).MaximumLength(Goal.TitleMaxLength);
    }

    public static void ApplyTo(this IGoalInput input, Goal goal)
    {
        goal.Period = WireNames.Parse<GoalPeriod>(input.Period!);
        goal.Metric = WireNames.Parse<GoalMetric>(input.Metric!);
        goal.Sport = input.Sport is null ? null : WireNames.Parse<Sport>(input.Sport);
        goal.TargetValue = input.TargetValue!.Value;
        goal.Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim();
    }

    private static bool IsCount(string? metric) => WireNames.TryParse<GoalMetric>(metric, out var m) && m == GoalMetric.Count;

    private static bool AppliesToNoDistance(string? metric, string? sport) =>
        WireNames.TryParse<GoalMetric>(metric, out var m) && m == GoalMetric.Distance
        && WireNames.TryParse<Sport>(sport, out var s) && !SportRules.For(s).HasDistance;
}
