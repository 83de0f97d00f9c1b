using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Queue;

/// <summary>A ticket in the operators' queue, with the display names of its author and assignee.</summary>
internal sealed record QueueItemResponse(
    Guid Id, string Category, string Subject, string Status, Guid AuthorId, string? AuthorName, Guid? AssigneeId, string? AssigneeName,
    DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>Any message of a ticket, internal notes ("internalNote") included: for operators only.</summary>
internal sealed record QueueMessageResponse(Guid Id, string Kind, string Text, DateTime CreatedAt, Guid? AuthorId, string? AuthorName);

internal sealed record QueueTicketResponse(
    Guid Id, string Category, string Subject, string Status, Guid AuthorId, string? AuthorName, Guid? AssigneeId, string? AssigneeName,
    DateTime CreatedAt, DateTime UpdatedAt, bool HasScreenshot, IReadOnlyList<QueueMessageResponse> Messages)
{
    /// <summary>The ticket with its stored messages and those added in this unit of work, names from Accounts in one call.</summary>
    public static async Task<QueueTicketResponse> LoadAsync(SupportDbContext db, IMediator mediator, Ticket ticket, CancellationToken cancellationToken)
    {
        await db.Messages.Where(m => m.TicketId == ticket.Id).LoadAsync(cancellationToken);
        var messages = db.Messages.Local.Where(m => m.TicketId == ticket.Id).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToList();
        var names = await DisplayNames.LoadAsync(
            mediator, messages.Select(m => m.AuthorId).Append(ticket.AuthorId).Append(ticket.AssigneeId), cancellationToken);
        return new QueueTicketResponse(
            ticket.Id, WireNames.Of(ticket.Category), ticket.Subject, WireNames.Of(ticket.Status),
            ticket.AuthorId, names.Of(ticket.AuthorId), ticket.AssigneeId, names.Of(ticket.AssigneeId),
            ticket.CreatedAt, ticket.UpdatedAt, ticket.HasScreenshot,
            [.. messages.Select(m => new QueueMessageResponse(m.Id, WireNames.Of(m.Kind), m.Text, m.CreatedAt, m.AuthorId, names.Of(m.AuthorId)))]);
    }
}

/// <summary>Display names from Accounts, one call for many ids; an unknown (or erased) id has none.</summary>
internal sealed class DisplayNames(IReadOnlyDictionary<Guid, string> names)
{
    public string? Of(Guid? userId) => userId is { } id ? names.GetValueOrDefault(id) : null;

    public static async Task<DisplayNames> LoadAsync(IMediator mediator, IEnumerable<Guid?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return new DisplayNames(new Dictionary<Guid, string>());
        }

        var profiles = await mediator.Send(new GetAthleteProfiles(ids), cancellationToken);
        return new DisplayNames(profiles.ToDictionary(p => p.UserId, p => p.DisplayName));
    }
}
