using FitnessApp.Modules.Accounts.Contracts.PersonalData;

namespace FitnessApp.Modules.Loyalty.PersonalData;

/// <summary>
/// One area of Loyalty (points, achievements, challenges, promotions): its part of a user's export and of their erasure.
/// Each area registers one; <see cref="LoyaltyDataExporter"/> and <see cref="EraseLoyaltyData"/> run them all.
/// </summary>
internal interface ILoyaltyDataPart
{
    Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken);

    /// <summary>Deletes or anonymises the user's rows with set-based statements; running it again finds nothing to do.</summary>
    Task EraseAsync(Guid userId, CancellationToken cancellationToken);
}
