using FitnessApp.Modules.Accounts.Contracts.PersonalData;

namespace FitnessApp.Modules.Shop.PersonalData;

internal sealed class ShopDataExporter(IEnumerable<IShopDataPart> parts) : IPersonalDataExporter
{
    public string Module => ShopModule.ModuleName;

    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await part.ExportAsync(userId, writer, cancellationToken);
        }
    }
}
