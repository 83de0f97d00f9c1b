using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Me.UpdateProfile;

/// <summary>
/// Replaces the display name and every profile field: a field left out is cleared. Enums arrive as
/// camelCase strings (<c>sex: "female"</c>, <c>preferredSports: ["running"]</c>) so that a wrong one names its field.
/// </summary>
internal sealed record UpdateProfile(
    Guid UserId,
    string? DisplayName,
    string? Bio,
    string? City,
    string? Country,
    DateOnly? BirthDate,
    string? Sex,
    double? HeightCm,
    double? WeightKg,
    int? MaxHeartRate,
    int? RestingHeartRate,
    IReadOnlyList<string?>? PreferredSports) : ICommand<MeResponse>;
