using FitnessApp.Modules.Devices.Imports;

namespace FitnessApp.Modules.Devices.Pages.Imports;

/// <summary>One file the athlete dropped on the page, as its upload goes.</summary>
internal sealed class UploadRow(int index, string name, long size)
{
    public int Index { get; } = index;

    public string Name { get; } = name;

    public long Size { get; } = size;

    public long Sent { get; set; }

    /// <summary>uploading, imported, queued, duplicate or failed.</summary>
    public string Status { get; set; } = "uploading";

    public string? Error { get; set; }

    public Guid? ImportId { get; set; }

    public Guid? ExistingActivityId { get; set; }

    public IReadOnlyList<ImportedActivityResponse> Activities { get; set; } = [];

    public int Percent => Size <= 0 ? 100 : (int)Math.Min(100, Sent * 100 / Size);
}
