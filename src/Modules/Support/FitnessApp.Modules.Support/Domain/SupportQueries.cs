using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Support.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Domain;

internal static class SupportQueries
{
    /// <summary>The author's own ticket; another user's is as unknown as a missing one (404).</summary>
    public static async Task<Ticket> FindOwnTicketAsync(this SupportDbContext db, Guid ticketId, Guid authorId, CancellationToken cancellationToken) =>
        await db.Tickets.SingleOrDefaultAsync(t => t.Id == ticketId && t.AuthorId == authorId, cancellationToken)
        ?? throw new NotFoundException("Ticket", ticketId);

    public static async Task<Ticket> FindTicketAsync(this SupportDbContext db, Guid ticketId, CancellationToken cancellationToken) =>
        await db.Tickets.SingleOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
        ?? throw new NotFoundException("Ticket", ticketId);

    /// <summary>Newest first, after <paramref name="cursor"/> when it is one.</summary>
    public static IQueryable<Ticket> Page(this IQueryable<Ticket> query, string? cursor, int limit)
    {
        if (KeysetCursor.TryDecode(cursor, out var after))
        {
            query = query.Where(t => t.CreatedAt < after.At || (t.CreatedAt == after.At && t.Id.CompareTo(after.Id) < 0));
        }

        return query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(limit + 1);
    }

    public static string? NextCursor<T>(IReadOnlyList<T> rows, int limit, Func<T, KeysetCursor> position) =>
        rows.Count > limit ? position(rows[limit - 1]).Encode() : null;
}
