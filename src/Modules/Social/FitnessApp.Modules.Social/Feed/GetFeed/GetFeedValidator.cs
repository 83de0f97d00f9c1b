using FitnessApp.Modules.Shared.Contracts.Paging;
using FluentValidation;

namespace FitnessApp.Modules.Social.Feed.GetFeed;

internal sealed class GetFeedValidator : AbstractValidator<GetFeed>
{
    public GetFeedValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, GetFeed.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => c is null || KeysetCursor.TryDecode(c, out _))
            .WithMessage("'cursor' is not a cursor from a previous page.");
    }
}
