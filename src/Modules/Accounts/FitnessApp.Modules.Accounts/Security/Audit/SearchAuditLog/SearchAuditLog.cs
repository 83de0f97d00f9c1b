using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Security.Audit.SearchAuditLog;

/// <summary>The operators' audit log view: newest first, filtered, one page.</summary>
/// <param name="User">An email (part of it, case-insensitive) or a user id.</param>
/// <param name="Kind">A <c>SecurityEventKind</c> wire name.</param>
/// <param name="From">Inclusive, UTC.</param>
/// <param name="To">Exclusive, UTC.</param>
/// <param name="Page">1-based.</param>
internal sealed record SearchAuditLog(string? User, string? Kind, DateTime? From, DateTime? To, int Page = 1, int PageSize = 50)
    : IQuery<AuditLogPage>;

internal sealed record AuditLogPage(IReadOnlyList<AuditLogRow> Rows, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

internal sealed record AuditLogRow(Guid Id, DateTime OccurredAt, string Kind, Guid? UserId, string? Email, string? IpAddress, string? UserAgent, string? Details);
