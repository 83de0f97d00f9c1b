using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Queue.ListQueue;

/// <summary>
/// The operators' queue, newest first, filtered by status, category, assignee, or <paramref name="Mine"/> (assigned to
/// the caller) and <paramref name="Unassigned"/>. Listing it records the caller as a support agent (assignable).
/// </summary>
internal sealed record ListQueue(
    Guid OperatorId, string? Status, string? Category, Guid? AssigneeId, bool Mine, bool Unassigned, string? Cursor, int Limit = PageLimits.DefaultLimit)
    : ICommand<Page<QueueItemResponse>>;

internal sealed class ListQueueValidator : AbstractValidator<ListQueue>
{
    public ListQueueValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || WireNames.IsValid<TicketStatus>(s))
            .WithMessage($"'status' must be one of: {WireNames.Names<TicketStatus>()}.");
        RuleFor(q => q.Category).Must(c => c is null || WireNames.IsValid<TicketCategory>(c))
            .WithMessage($"'category' must be one of: {WireNames.Names<TicketCategory>()}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.MaxLimit);
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
        RuleFor(q => q.Unassigned).Must((q, unassigned) => !unassigned || (!q.Mine && q.AssigneeId is null))
            .WithMessage("'unassigned' cannot be combined with 'mine' or 'assigneeId'.");
    }
}

internal sealed class ListQueueHandler(SupportDbContext db, IMediator mediator) : IRequestHandler<ListQueue, Page<QueueItemResponse>>
{
    public async Task<Page<QueueItemResponse>> Handle(ListQueue request, CancellationToken cancellationToken)
    {
        var query = db.Tickets.AsNoTracking();
        if (request.Status is not null)
        {
            var status = WireNames.Parse<TicketStatus>(request.Status);
            query = query.Where(t => t.Status == status);
        }

        if (request.Category is not null)
        {
            var category = WireNames.Parse<TicketCategory>(request.Category);
            query = query.Where(t => t.Category == category);
        }

        if ((request.Mine ? request.OperatorId : request.AssigneeId) is { } assignee)
        {
            query = query.Where(t => t.AssigneeId == assignee);
        }

        if (request.Unassigned)
        {
            query = query.Where(t => t.AssigneeId == null);
        }

        var rows = await query.Page(request.Cursor, request.Limit).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var names = await DisplayNames.LoadAsync(mediator, page.Select(t => (Guid?)t.AuthorId).Concat(page.Select(t => t.AssigneeId)), cancellationToken);
        var items = page.Select(t => new QueueItemResponse(
            t.Id, WireNames.Of(t.Category), t.Subject, WireNames.Of(t.Status), t.AuthorId, names.Of(t.AuthorId), t.AssigneeId, names.Of(t.AssigneeId),
            t.CreatedAt, t.UpdatedAt)).ToList();
        return new Page<QueueItemResponse>(items, SupportQueries.NextCursor(rows, request.Limit, t => new KeysetCursor(t.CreatedAt, t.Id)));
    }
}
