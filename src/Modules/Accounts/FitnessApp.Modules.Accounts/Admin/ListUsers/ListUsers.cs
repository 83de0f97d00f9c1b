using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Admin.ListUsers;

/// <summary>Accounts whose email or display name contains <paramref name="Search"/> (any case), newest first, one page.</summary>
internal sealed record ListUsers(string? Search, int Page = 1, int PageSize = AdminPaging.DefaultPageSize) : IQuery<AdminPage<AdminUserRow>>;

internal sealed record AdminUserRow(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool EmailConfirmed,
    bool LockedOut,
    DateTime CreatedAt);
