using FitnessApp.Modules.Shared.Contracts.Paging;
using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.ListAthleteActivities;

internal sealed class ListAthleteActivitiesValidator : AbstractValidator<Contracts.Activities.ListAthleteActivities>
{
    public ListAthleteActivitiesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Contracts.Activities.ListAthleteActivities.MaxLimit);
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
    }
}
