namespace FitnessApp.Modules.Shared.Imaging;

/// <summary>The largest centred square of a picture: what an avatar shows.</summary>
public readonly record struct SquareCrop(int X, int Y, int Side)
{
    public static SquareCrop Of(int width, int height)
    {
        var side = Math.Min(width, height);
        return new SquareCrop((width - side) / 2, (height - side) / 2, side);
    }
}
