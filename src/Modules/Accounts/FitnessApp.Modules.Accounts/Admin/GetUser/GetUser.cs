using FitnessApp.Modules.Accounts.Me;
using FitnessApp.Modules.Accounts.Security.Audit.SearchAuditLog;
using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Admin.GetUser;

/// <summary>One account as operators see it: profile, roles, confirmation, lockout, sign-ins and its latest audit entries.</summary>
internal sealed record GetUser(Guid UserId) : IQuery<AdminUserDetail>
{
    public const int RecentAuditEntries = 20;
}

/// <param name="LastSignInAt">The latest successful sign-in in the audit log, if any.</param>
/// <param name="RecentAudit">The account's latest audit entries, newest first.</param>
internal sealed record AdminUserDetail(
    Guid Id,
    string Email,
    string DisplayName,
    bool EmailConfirmed,
    IReadOnlyList<string> Roles,
    DateTime CreatedAt,
    DateTime? LastSignInAt,
    AdminLockout Lockout,
    ProfileResponse Profile,
    SettingsResponse Settings,
    IReadOnlyList<AuditLogRow> RecentAudit);
