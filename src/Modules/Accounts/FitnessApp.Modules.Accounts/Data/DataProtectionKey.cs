namespace FitnessApp.Modules.Accounts.Data;

/// <summary>One key of the data-protection key ring (cookies, bearer and refresh tokens), shared by every host.</summary>
internal sealed class DataProtectionKey
{
    public Guid Id { get; init; }

    public string? FriendlyName { get; init; }

    public required string Xml { get; init; }
}
