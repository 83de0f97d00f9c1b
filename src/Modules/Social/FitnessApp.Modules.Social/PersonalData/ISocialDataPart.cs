using FitnessApp.Modules.Accounts.Contracts.PersonalData;

namespace FitnessApp.Modules.Social.PersonalData;

/// <summary>
/// One area of Social (connections, feed, comments, groups, notifications, reports): its part of a user's export and of
/// their erasure. Each area registers one; <see cref="SocialDataExporter"/> and <see cref="EraseSocialData"/> run them all.
/// </summary>
internal interface ISocialDataPart
{
    Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken);

    /// <summary>Deletes or anonymises the user's rows with set-based statements; running it again finds nothing to do.</summary>
    Task EraseAsync(Guid userId, CancellationToken cancellationToken);
}
