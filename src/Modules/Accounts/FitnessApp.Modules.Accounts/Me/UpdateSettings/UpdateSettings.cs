using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Me.UpdateSettings;

/// <summary>
/// Replaces every setting; each is required. Enums arrive as camelCase strings (<c>units: "imperial"</c>).
/// <paramref name="EmailNotifications"/> is optional so that older clients keep working: kinds left out keep their value.
/// </summary>
/// <param name="EmailNotifications">Kind (camelCase, e.g. <c>supportReplies</c>) → on or off.</param>
internal sealed record UpdateSettings(
    Guid UserId,
    string? Units,
    string? Language,
    string? TimeZone,
    string? DefaultActivityVisibility,
    string? ProfileVisibility,
    IReadOnlyDictionary<string, bool?>? EmailNotifications = null) : ICommand<MeResponse>;
