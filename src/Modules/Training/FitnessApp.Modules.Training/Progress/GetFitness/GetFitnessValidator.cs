using FluentValidation;

namespace FitnessApp.Modules.Training.Progress.GetFitness;

internal sealed class GetFitnessValidator : AbstractValidator<GetFitness>
{
    public GetFitnessValidator()
    {
        RuleFor(q => q.From).Must(f => f is null || ProgressQueries.TryParseDate(f, out _))
            .WithMessage($"'from' must be a date ({ProgressQueries.DateFormat}).");
        RuleFor(q => q.To).Must(t => t is null || ProgressQueries.TryParseDate(t, out _))
            .WithMessage($"'to' must be a date ({ProgressQueries.DateFormat}).");
        When(q => ProgressQueries.TryParseDate(q.From, out _) && ProgressQueries.TryParseDate(q.To, out _), () =>
        {
            RuleFor(q => q.To).Must((q, to) => Parse(q.From) <= Parse(to))
                .WithMessage("'to' must not be before 'from'.");
            RuleFor(q => q.To).Must((q, to) => Parse(to) <= Parse(q.From).AddYears(GetFitness.MaxYears))
                .WithMessage($"'from' to 'to' may span at most {GetFitness.MaxYears} years.");
        });
    }

    private static DateOnly Parse(string? value) => ProgressQueries.TryParseDate(value, out var date) ? date : default;
}
