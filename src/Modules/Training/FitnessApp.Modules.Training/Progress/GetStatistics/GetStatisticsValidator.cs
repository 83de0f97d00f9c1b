using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Training.Progress.GetStatistics;

internal sealed class GetStatisticsValidator : AbstractValidator<GetStatistics>
{
    public GetStatisticsValidator()
    {
        RuleFor(q => q.Period).Must(p => p is null || WireNames.IsValid<PeriodKind>(p))
            .WithMessage($"'period' must be one of: {WireNames.Names<PeriodKind>()}.");
        RuleFor(q => q.From).Must(f => f is null || ProgressQueries.TryParseDate(f, out _))
            .WithMessage($"'from' must be a date ({ProgressQueries.DateFormat}).");
    }
}
