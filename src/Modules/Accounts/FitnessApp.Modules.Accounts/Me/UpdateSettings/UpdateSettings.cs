using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Me.UpdateSettings;

/// <summary>Replaces every setting; each is required. Enums arrive as camelCase strings (<c>units: "imperial"</c>).</summary>
internal sealed record UpdateSettings(
    Guid UserId,
    string? Units,
    string? Language,
    string? TimeZone,
    string? DefaultActivityVisibility,
    string? ProfileVisibility) : ICommand<MeResponse>;
