using System.Runtime.InteropServices;

namespace FitnessApp.Modules.Shared.Imaging;

/// <summary>One libgd picture, freed when disposed.</summary>
public sealed unsafe class GdImage : IDisposable
{
    private nint handle;

    private GdImage(nint handle) => this.handle = handle;

    /// <summary>Whether libgd3 is installed on this machine (see <see cref="LibGd.IsAvailable"/>).</summary>
    public static bool IsAvailable => LibGd.IsAvailable;

    public int Width => LibGd.Size(handle).Width;

    public int Height => LibGd.Size(handle).Height;

    /// <summary>Null when the bytes do not decode as <paramref name="format"/>.</summary>
    public static GdImage? Decode(ImageFormat format, ReadOnlySpan<byte> data)
    {
        fixed (byte* bytes = data)
        {
            var image = format switch
            {
                ImageFormat.Jpeg => LibGd.gdImageCreateFromJpegPtr(data.Length, bytes),
                ImageFormat.Png => LibGd.gdImageCreateFromPngPtr(data.Length, bytes),
                _ => LibGd.gdImageCreateFromWebpPtr(data.Length, bytes),
            };
            return image == 0 ? null : new GdImage(image);
        }
    }

    /// <summary>A transparent true-colour canvas that keeps its alpha channel when encoded.</summary>
    public static GdImage Create(int width, int height)
    {
        var image = LibGd.gdImageCreateTrueColor(width, height);
        if (image == 0)
        {
            throw new InvalidOperationException($"libgd could not allocate a {width}x{height} image.");
        }

        LibGd.gdImageAlphaBlending(image, 0);
        LibGd.gdImageSaveAlpha(image, 1);
        LibGd.gdImageFilledRectangle(image, 0, 0, width - 1, height - 1, LibGd.gdImageColorAllocateAlpha(image, 0, 0, 0, 127));
        LibGd.gdImageAlphaBlending(image, 1);
        return new GdImage(image);
    }

    /// <summary>A new <paramref name="side"/>-pixel square from the <paramref name="crop"/> of this picture.</summary>
    public GdImage Square(SquareCrop crop, int side)
    {
        var square = Create(side, side);
        LibGd.gdImageAlphaBlending(square.handle, 0);
        LibGd.gdImageCopyResampled(square.handle, handle, 0, 0, crop.X, crop.Y, side, side, crop.Side, crop.Side);
        return square;
    }

    /// <summary>
    /// A new picture that fits in <paramref name="maxSide"/> pixels on its longer side, aspect ratio kept; a picture
    /// already small enough is copied at its size (never enlarged).
    /// </summary>
    public GdImage Fit(int maxSide)
    {
        var (width, height) = FitSize.Of(Width, Height, maxSide);
        var resized = Create(width, height);
        LibGd.gdImageAlphaBlending(resized.handle, 0);
        LibGd.gdImageCopyResampled(resized.handle, handle, 0, 0, 0, 0, width, height, Width, Height);
        return resized;
    }

    /// <summary>Turns the picture upright as an EXIF orientation (2 to 8) says; 1 and unknown values leave it as it is.</summary>
    public void Orient(int orientation)
    {
        // libgd turns counter-clockwise; EXIF 6 needs a quarter turn clockwise, 8 one counter-clockwise.
        switch (orientation)
        {
            case 2:
                LibGd.gdImageFlipHorizontal(handle);
                break;
            case 3:
                Rotate(180);
                break;
            case 4:
                LibGd.gdImageFlipVertical(handle);
                break;
            case 5:
                Rotate(270);
                LibGd.gdImageFlipHorizontal(handle);
                break;
            case 6:
                Rotate(270);
                break;
            case 7:
                Rotate(90);
                LibGd.gdImageFlipHorizontal(handle);
                break;
            case 8:
                Rotate(90);
                break;
        }
    }

    /// <summary>The colour at (<paramref name="x"/>, <paramref name="y"/>) without its alpha.</summary>
    public (byte Red, byte Green, byte Blue) Pixel(int x, int y)
    {
        var colour = LibGd.gdImageGetTrueColorPixel(handle, x, y);
        return ((byte)(colour >> 16), (byte)(colour >> 8), (byte)colour);
    }

    public void Fill(byte red, byte green, byte blue) => Fill(red, green, blue, 0, 0, Width, Height);

    public void Fill(byte red, byte green, byte blue, int x, int y, int width, int height) =>
        LibGd.gdImageFilledRectangle(handle, x, y, x + width - 1, y + height - 1, LibGd.gdImageColorAllocateAlpha(handle, red, green, blue, 0));

    /// <summary>A filled ellipse centred on (<paramref name="centreX"/>, <paramref name="centreY"/>).</summary>
    public void FillEllipse(byte red, byte green, byte blue, int centreX, int centreY, int width, int height) =>
        LibGd.gdImageFilledEllipse(handle, centreX, centreY, width, height, LibGd.gdImageColorAllocateAlpha(handle, red, green, blue, 0));

    /// <summary>Draws <paramref name="text"/> centred in white; false when the font cannot be used.</summary>
    public bool DrawCentredText(string font, double points, string text) => DrawCentredText(font, points, text, 0);

    /// <summary>Draws <paramref name="text"/> in white, centred horizontally and <paramref name="offsetY"/> pixels below the middle; false when the font cannot be used.</summary>
    public bool DrawCentredText(string font, double points, string text, int offsetY)
    {
        var white = LibGd.gdImageColorAllocateAlpha(handle, 255, 255, 255, 0);
        var bounds = stackalloc int[8];
        if (LibGd.gdImageStringFT(0, bounds, white, font, points, 0, 0, 0, text) != 0)
        {
            return false;
        }

        var (textWidth, textHeight) = (bounds[2] - bounds[0], bounds[1] - bounds[5]);
        var x = (Width - textWidth) / 2 - bounds[0];
        var y = (Height + textHeight) / 2 - bounds[1] + offsetY;
        return LibGd.gdImageStringFT(handle, bounds, white, font, points, 0, x, y, text) == 0;
    }

    /// <summary>Lossy WebP at <paramref name="quality"/>; null if this libgd cannot write WebP.</summary>
    public byte[]? EncodeWebp(int quality) => Copy(LibGd.gdImageWebpPtrEx(handle, out var size, quality), size);

    public byte[]? EncodePng() => Copy(LibGd.gdImagePngPtr(handle, out var size), size);

    public byte[]? EncodeJpeg(int quality) => Copy(LibGd.gdImageJpegPtr(handle, out var size, quality), size);

    public void Dispose()
    {
        if (handle != 0)
        {
            LibGd.gdImageDestroy(handle);
            handle = 0;
        }
    }

    private void Rotate(float counterClockwise)
    {
        var turned = LibGd.gdImageRotateInterpolated(handle, counterClockwise, 0);
        if (turned == 0)
        {
            throw new InvalidOperationException("libgd could not rotate the picture.");
        }

        LibGd.gdImageDestroy(handle);
        handle = turned;
    }

    private static byte[]? Copy(nint memory, int size)
    {
        if (memory == 0)
        {
            return null;
        }

        try
        {
            return size > 0 ? new ReadOnlySpan<byte>((void*)memory, size).ToArray() : null;
        }
        finally
        {
            LibGd.gdFree(memory);
        }
    }
}
