namespace FitnessApp.Modules.Accounts.Admin;

/// <summary>The details text of an admin action's audit entry; the target is the entry's user.</summary>
internal static class AdminAuditDetails
{
    public static string Of(string? actorEmail, Guid actorId, string? what) =>
        string.IsNullOrWhiteSpace(what)
            ? $"by {actorEmail} ({actorId})"
            : $"{what.Trim()} (by {actorEmail}, {actorId})";
}
