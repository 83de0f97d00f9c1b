namespace FitnessApp.Modules.Shared.Imaging;

/// <summary>The size of a picture scaled down to fit a square box, aspect ratio kept, never enlarged, at least one pixel a side.</summary>
public static class FitSize
{
    public static (int Width, int Height) Of(int width, int height, int maxSide)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSide, 1);
        if (width <= maxSide && height <= maxSide)
        {
            return (width, height);
        }

        return width >= height
            ? (maxSide, Math.Max(1, (int)Math.Round((double)height * maxSide / width, MidpointRounding.AwayFromZero)))
            : (Math.Max(1, (int)Math.Round((double)width * maxSide / height, MidpointRounding.AwayFromZero)), maxSide);
    }
}
