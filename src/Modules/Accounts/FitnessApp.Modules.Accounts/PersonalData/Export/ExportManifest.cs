namespace FitnessApp.Modules.Accounts.PersonalData.Export;

/// <summary><c>manifest.json</c>, the zip's table of contents.</summary>
internal sealed record ExportManifest(int FormatVersion, Guid UserId, Guid ExportId, DateTime CreatedAt, IReadOnlyList<ExportManifestModule> Modules)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormatVersion = 1;
}

internal sealed record ExportManifestModule(string Module, IReadOnlyList<ExportManifestFile> Files);

internal sealed record ExportManifestFile(string Path, long Size);
