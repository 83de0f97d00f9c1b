namespace FitnessApp.Modules.Shared.Imaging;

/// <summary>The image formats an upload may be in (anything else is refused).</summary>
public enum ImageFormat
{
    Jpeg = 0,
    Png = 1,
    Webp = 2,
}
