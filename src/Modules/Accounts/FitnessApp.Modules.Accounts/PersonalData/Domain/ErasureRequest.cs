namespace FitnessApp.Modules.Accounts.PersonalData.Domain;

/// <summary>An account being erased: disabled, waiting for every module's <see cref="ErasureConfirmation"/>.</summary>
internal sealed class ErasureRequest
{
    public Guid UserId { get; init; }

    public DateTime RequestedAt { get; init; }
}

/// <summary>One module's word that it holds nothing more about the user.</summary>
internal sealed class ErasureConfirmation
{
    public const int ModuleMaxLength = 100;

    public Guid UserId { get; init; }

    public required string Module { get; init; }

    public DateTime ConfirmedAt { get; init; }
}
