using FluentValidation;

namespace FitnessApp.Modules.Training.Plans.Calendar;

internal sealed class GetCalendarValidator : AbstractValidator<GetCalendar>
{
    public GetCalendarValidator() =>
        RuleFor(q => q.Month).Must(m => m is null || CalendarMonth.TryParse(m, out _))
            .WithMessage("'month' must be a month as YYYY-MM, e.g. 2026-11.");
}
