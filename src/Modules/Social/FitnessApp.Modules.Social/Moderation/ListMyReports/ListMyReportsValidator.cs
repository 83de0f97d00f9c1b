using FitnessApp.Modules.Shared.Contracts.Paging;
using FluentValidation;

namespace FitnessApp.Modules.Social.Moderation.ListMyReports;

internal sealed class ListMyReportsValidator : AbstractValidator<ListMyReports>
{
    public ListMyReportsValidator()
    {
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMyReports.MaxLimit);
    }
}
