using System.Runtime.InteropServices;

namespace FitnessApp.Modules.Shared.Imaging;

/// <summary>
/// The few calls of libgd (Debian's libgd3, which decodes JPEG, PNG and WebP through libjpeg-turbo, libpng and libwebp)
/// that the uploaded images (avatars, product photos) need; SkiaSharp and ImageSharp do not restore here (docs/adr/0014-avatars.md). A decoder returns
/// IntPtr.Zero for a broken file instead of aborting the process.
/// </summary>
internal static unsafe partial class LibGd
{
    private const string Library = "libgd.so.3";

    private static readonly Lazy<bool> Loadable = new(() => NativeLibrary.TryLoad(Library, out _));

    /// <summary>Whether libgd3 is installed: without it no image can be processed (upload 503, demo without pictures).</summary>
    public static bool IsAvailable => Loadable.Value;

    [LibraryImport(Library)]
    public static partial nint gdImageCreateFromJpegPtr(int size, byte* data);

    [LibraryImport(Library)]
    public static partial nint gdImageCreateFromPngPtr(int size, byte* data);

    [LibraryImport(Library)]
    public static partial nint gdImageCreateFromWebpPtr(int size, byte* data);

    [LibraryImport(Library)]
    public static partial nint gdImageCreateTrueColor(int width, int height);

    [LibraryImport(Library)]
    public static partial void gdImageDestroy(nint image);

    [LibraryImport(Library)]
    public static partial void gdImageCopyResampled(
        nint destination, nint source, int destinationX, int destinationY, int sourceX, int sourceY,
        int destinationWidth, int destinationHeight, int sourceWidth, int sourceHeight);

    [LibraryImport(Library)]
    public static partial void gdImageAlphaBlending(nint image, int blending);

    [LibraryImport(Library)]
    public static partial void gdImageSaveAlpha(nint image, int save);

    [LibraryImport(Library)]
    public static partial int gdImageColorAllocateAlpha(nint image, int red, int green, int blue, int alpha);

    [LibraryImport(Library)]
    public static partial void gdImageFilledEllipse(nint image, int centreX, int centreY, int width, int height, int color);

    [LibraryImport(Library)]
    public static partial void gdImageFilledRectangle(nint image, int x1, int y1, int x2, int y2, int color);

    /// <summary>Returns an error message, or zero when the text was drawn.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint gdImageStringFT(nint image, int* bounds, int color, string font, double points, double angle, int x, int y, string text);

    [LibraryImport(Library)]
    public static partial nint gdImageWebpPtrEx(nint image, out int size, int quality);

    [LibraryImport(Library)]
    public static partial nint gdImagePngPtr(nint image, out int size);

    [LibraryImport(Library)]
    public static partial nint gdImageJpegPtr(nint image, out int size, int quality);

    [LibraryImport(Library)]
    public static partial void gdFree(nint memory);

    /// <summary>A new true-colour picture turned counter-clockwise by <paramref name="angle"/> degrees (exact for multiples of 90).</summary>
    [LibraryImport(Library)]
    public static partial nint gdImageRotateInterpolated(nint image, float angle, int background);

    [LibraryImport(Library)]
    public static partial void gdImageFlipHorizontal(nint image);

    [LibraryImport(Library)]
    public static partial void gdImageFlipVertical(nint image);

    [LibraryImport(Library)]
    public static partial int gdImageGetTrueColorPixel(nint image, int x, int y);

    /// <summary>gdImage starts with <c>unsigned char **pixels; int sx; int sy;</c>.</summary>
    public static (int Width, int Height) Size(nint image) =>
        (Marshal.ReadInt32(image, IntPtr.Size), Marshal.ReadInt32(image, IntPtr.Size + sizeof(int)));
}
