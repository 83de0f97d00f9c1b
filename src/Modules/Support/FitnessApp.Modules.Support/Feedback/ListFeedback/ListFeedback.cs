using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FitnessApp.Modules.Support.Queue;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Feedback.ListFeedback;

/// <summary>Everyone's feedback, newest first, optionally of one category; for operators.</summary>
internal sealed record ListFeedback(string? Category, string? Cursor, int Limit = PageLimits.DefaultLimit) : IQuery<Page<FeedbackItemResponse>>;

internal sealed class ListFeedbackValidator : AbstractValidator<ListFeedback>
{
    public ListFeedbackValidator()
    {
        RuleFor(q => q.Category).Must(c => c is null || WireNames.IsValid<FeedbackCategory>(c))
            .WithMessage($"'category' must be one of: {WireNames.Names<FeedbackCategory>()}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.MaxLimit);
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
    }
}

internal sealed class ListFeedbackHandler(SupportDbContext db, IMediator mediator) : IRequestHandler<ListFeedback, Page<FeedbackItemResponse>>
{
    public async Task<Page<FeedbackItemResponse>> Handle(ListFeedback request, CancellationToken cancellationToken)
    {
        var query = db.Feedback.AsNoTracking();
        if (request.Category is not null)
        {
            var category = WireNames.Parse<FeedbackCategory>(request.Category);
            query = query.Where(f => f.Category == category);
        }

        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(f => f.CreatedAt < after.At || (f.CreatedAt == after.At && f.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var names = await DisplayNames.LoadAsync(mediator, page.Select(f => (Guid?)f.AuthorId), cancellationToken);
        var items = page.Select(f => new FeedbackItemResponse(f.Id, WireNames.Of(f.Category), f.Text, f.CreatedAt, f.AuthorId, names.Of(f.AuthorId))).ToList();
        return new Page<FeedbackItemResponse>(items, SupportQueries.NextCursor(rows, request.Limit, f => new KeysetCursor(f.CreatedAt, f.Id)));
    }
}
