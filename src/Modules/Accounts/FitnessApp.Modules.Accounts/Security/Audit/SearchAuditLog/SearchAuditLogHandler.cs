using FitnessApp.Modules.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Security.Audit.SearchAuditLog;

internal sealed class SearchAuditLogHandler(AccountsDbContext db) : IRequestHandler<SearchAuditLog, AuditLogPage>
{
    public async Task<AuditLogPage> Handle(SearchAuditLog request, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.User))
        {
            var user = request.User.Trim();
            if (Guid.TryParse(user, out var id))
            {
                query = query.Where(e => e.UserId == id);
            }
            else
            {
                var email = user.ToUpperInvariant();
                query = query.Where(e => e.Email != null && e.Email.ToUpper().Contains(email));
            }
        }

        if (!string.IsNullOrWhiteSpace(request.Kind))
        {
            query = query.Where(e => e.Kind == request.Kind);
        }

        if (request.From is { } from)
        {
            query = query.Where(e => e.OccurredAt >= from);
        }

        if (request.To is { } to)
        {
            query = query.Where(e => e.OccurredAt < to);
        }

        var pageSize = Math.Clamp(request.PageSize, 1, 200);
        var page = Math.Max(1, request.Page);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditLogRow(e.Id, e.OccurredAt, e.Kind, e.UserId, e.Email, e.IpAddress, e.UserAgent, e.Details))
            .ToListAsync(cancellationToken);
        return new AuditLogPage(rows, page, pageSize, total);
    }
}
