using FluentValidation;

namespace FitnessApp.Modules.Devices.DailyMetrics.GetDailyMetrics;

internal sealed class GetDailyMetricsValidator : AbstractValidator<Contracts.DailyMetrics.GetDailyMetrics>
{
    public GetDailyMetricsValidator()
    {
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).WithMessage("'to' must not be before 'from'.");
        RuleFor(r => r.To).Must((r, to) => to.DayNumber - r.From.DayNumber < DailyMetricsRange.MaxDays)
            .WithMessage($"The range may cover at most {DailyMetricsRange.MaxDays} days.");
    }
}
