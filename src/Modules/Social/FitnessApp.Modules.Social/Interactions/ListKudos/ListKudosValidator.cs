using FitnessApp.Modules.Shared.Contracts.Paging;
using FluentValidation;

namespace FitnessApp.Modules.Social.Interactions.ListKudos;

internal sealed class ListKudosValidator : AbstractValidator<ListKudos>
{
    public ListKudosValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListKudos.MaxLimit);
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
    }
}
