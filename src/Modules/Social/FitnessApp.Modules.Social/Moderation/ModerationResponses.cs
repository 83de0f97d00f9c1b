using FitnessApp.Modules.Accounts.Contracts.Profiles;

namespace FitnessApp.Modules.Social.Moderation;

/// <summary>One target in the operators' queue: its latest report of the asked status, with how many there are.</summary>
/// <param name="Id">The latest report's id (open it for the detail).</param>
internal sealed record QueueItem(
    Guid Id,
    string Target,
    Guid TargetId,
    string? Description,
    string? Link,
    ModerationPerson Owner,
    int ReportCount,
    string Reason,
    DateTime ReportedAt,
    string Status,
    string? Action);

/// <param name="Name">Null for an unknown (erased) athlete.</param>
internal sealed record ModerationPerson(Guid Id, string? Name)
{
    public static ModerationPerson Of(IReadOnlyDictionary<Guid, AthleteProfile> people, Guid id) => new(id, people.GetValueOrDefault(id)?.DisplayName);
}

/// <summary>A report with every report on its target, for the operator deciding.</summary>
internal sealed record ReportDetail(
    Guid Id,
    string Target,
    Guid TargetId,
    string? Description,
    string? Link,
    ModerationPerson Owner,
    string Status,
    string? Action,
    string? Note,
    DateTime? ResolvedAt,
    Guid? ResolvedBy,
    IReadOnlyList<ReportEntry> Reports);

internal sealed record ReportEntry(Guid Id, ModerationPerson Reporter, string Reason, string? Text, DateTime CreatedAt, string Status);
