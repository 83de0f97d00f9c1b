using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Support.Domain;

/// <summary>A screenshot refused for its size (413) or type (415); <see cref="SupportProblems"/> turns it into a problem.</summary>
internal sealed class ScreenshotRejectedException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public static ScreenshotRejectedException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "support.screenshotTooLarge", $"The screenshot is larger than {maxBytes} bytes.");

    public static ScreenshotRejectedException NotAnImage() =>
        new(StatusCodes.Status415UnsupportedMediaType, "support.screenshotType", "The screenshot must be a PNG, JPEG or WebP image.");
}
