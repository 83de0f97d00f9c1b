using System.Globalization;
using FluentValidation;

namespace FitnessApp.Modules.Devices.DailyMetrics.ListDailyMetrics;

internal sealed class ListDailyMetricsValidator : AbstractValidator<ListDailyMetrics>
{
    public ListDailyMetricsValidator()
    {
        RuleFor(r => r.From).NotEmpty().Must(d => d is null || TryParse(d, out _)).WithMessage("'from' must be a date, yyyy-MM-dd.");
        RuleFor(r => r.To).NotEmpty().Must(d => d is null || TryParse(d, out _)).WithMessage("'to' must be a date, yyyy-MM-dd.");
        RuleFor(r => r.To)
            .Must((r, to) => !TryParse(r.From, out var from) || !TryParse(to, out var end) || end >= from)
            .WithMessage("'to' must not be before 'from'.")
            .Must((r, to) => !TryParse(r.From, out var from) || !TryParse(to, out var end) || end.DayNumber - from.DayNumber < DailyMetricsRange.MaxDays)
            .WithMessage($"The range may cover at most {DailyMetricsRange.MaxDays} days.");
    }

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DailyMetricsRange.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
