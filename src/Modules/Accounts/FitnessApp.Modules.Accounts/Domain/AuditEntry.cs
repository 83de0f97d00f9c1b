namespace FitnessApp.Modules.Accounts.Domain;

/// <summary>One security event in the audit log (kept after the account's row is gone: no foreign key).</summary>
internal sealed class AuditEntry
{
    public const int KindMaxLength = 40;
    public const int EmailMaxLength = 256;
    public const int IpAddressMaxLength = 64;
    public const int UserAgentMaxLength = 512;
    public const int DetailsMaxLength = 2000;

    public Guid Id { get; init; }

    public DateTime OccurredAt { get; init; }

    /// <summary>The wire name of a <c>SecurityEventKind</c>, e.g. <c>signInFailed</c>.</summary>
    public required string Kind { get; init; }

    public Guid? UserId { get; init; }

    /// <summary>The account's email at the time (or the address typed in a failed sign-in).</summary>
    public string? Email { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    public string? Details { get; init; }
}
