using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.ListActivities;

internal sealed class ListActivitiesValidator : AbstractValidator<ListActivities>
{
    public ListActivitiesValidator()
    {
        RuleFor(q => q.Sport).Must(s => s is null || WireNames.IsValid<Sport>(s))
            .WithMessage($"'sport' must be one of: {WireNames.Names<Sport>()}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListActivities.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => c is null || KeysetCursor.TryDecode(c, out _))
            .WithMessage("'cursor' is not a cursor from a previous page.");
        RuleFor(q => q.To).Must((q, to) => to is null || q.From is null || to > q.From)
            .WithMessage("'to' must be after 'from'.");
    }
}
