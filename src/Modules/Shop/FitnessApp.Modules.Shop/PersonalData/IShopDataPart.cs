using FitnessApp.Modules.Accounts.Contracts.PersonalData;

namespace FitnessApp.Modules.Shop.PersonalData;

/// <summary>
/// One area of Shop (cart, orders, reviews...): its part of a user's export and of their erasure. Each area registers one;
/// <see cref="ShopDataExporter"/> and <see cref="EraseShopData"/> run them all.
/// </summary>
internal interface IShopDataPart
{
    Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken);

    /// <summary>Deletes or anonymises the user's rows with set-based statements; running it again finds nothing to do.</summary>
    Task EraseAsync(Guid userId, CancellationToken cancellationToken);
}
