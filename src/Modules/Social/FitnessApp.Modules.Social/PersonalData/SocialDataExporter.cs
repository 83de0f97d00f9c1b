using FitnessApp.Modules.Accounts.Contracts.PersonalData;

namespace FitnessApp.Modules.Social.PersonalData;

internal sealed class SocialDataExporter(IEnumerable<ISocialDataPart> parts) : IPersonalDataExporter
{
    public string Module => SocialModule.ModuleName;

    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await part.ExportAsync(userId, writer, cancellationToken);
        }
    }
}
