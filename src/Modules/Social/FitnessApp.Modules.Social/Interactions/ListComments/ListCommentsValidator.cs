using FitnessApp.Modules.Shared.Contracts.Paging;
using FluentValidation;

namespace FitnessApp.Modules.Social.Interactions.ListComments;

internal sealed class ListCommentsValidator : AbstractValidator<ListComments>
{
    public ListCommentsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, CommentReader.MaxLimit);
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
    }
}
