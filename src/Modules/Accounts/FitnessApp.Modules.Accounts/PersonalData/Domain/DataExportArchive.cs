namespace FitnessApp.Modules.Accounts.PersonalData.Domain;

/// <summary>The zip of a ready export, in its own table so that lists never load it (see docs/adr/0013).</summary>
internal sealed class DataExportArchive
{
    public Guid ExportId { get; init; }

    public required byte[] Content { get; init; }
}
