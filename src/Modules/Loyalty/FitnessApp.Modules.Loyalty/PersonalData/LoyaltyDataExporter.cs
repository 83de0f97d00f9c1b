using FitnessApp.Modules.Accounts.Contracts.PersonalData;

namespace FitnessApp.Modules.Loyalty.PersonalData;

internal sealed class LoyaltyDataExporter(IEnumerable<ILoyaltyDataPart> parts) : IPersonalDataExporter
{
    public string Module => LoyaltyModule.ModuleName;

    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await part.ExportAsync(userId, writer, cancellationToken);
        }
    }
}
