namespace FitnessApp.Modules.Devices.Imports;

/// <summary>Limits of activity file imports, under <c>Devices:Imports</c>.</summary>
internal sealed class ImportOptions
{
    public const string Section = "Devices:Imports";

    /// <summary>Largest upload (one file, a .gz or a zip) in bytes; more is 413.</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest decompressed content of a .gz upload or of one zip entry.</summary>
    public long MaxDecompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Most entries a zip may hold (directories included).</summary>
    public int MaxZipEntries { get; set; } = 500;

    /// <summary>Most bytes all entries of a zip may expand to, together.</summary>
    public long MaxZipTotalBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Highest decompressed/compressed ratio of a .gz or a zip entry once it expands past <see cref="RatioCheckFromBytes"/>.</summary>
    public double MaxCompressionRatio { get; set; } = 100;

    /// <summary>Small files may compress very well; the ratio is only checked past this size.</summary>
    public long RatioCheckFromBytes { get; set; } = 1024 * 1024;
}
