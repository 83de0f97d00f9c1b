namespace FitnessApp.Modules.Support.Domain;

internal sealed class SupportOptions
{
    public const string Section = "Support";

    public long MaxScreenshotBytes { get; set; } = 5 * 1024 * 1024;
}
