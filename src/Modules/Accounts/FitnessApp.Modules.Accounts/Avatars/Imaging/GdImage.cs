using System.Runtime.InteropServices;

namespace FitnessApp.Modules.Accounts.Avatars.Imaging;

/// <summary>One libgd picture, freed when disposed.</summary>
internal sealed unsafe class GdImage : IDisposable
{
    private nint handle;

    private GdImage(nint handle) => this.handle = handle;

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

    public void Fill(byte red, byte green, byte blue) =>
        LibGd.gdImageFilledRectangle(handle, 0, 0, Width - 1, Height - 1, LibGd.gdImageColorAllocateAlpha(handle, red, green, blue, 0));

    /// <summary>Draws <paramref name="text"/> centred in white; false when the font cannot be used.</summary>
    public bool DrawCentredText(string font, double points, string text)
    {
        var white = LibGd.gdImageColorAllocateAlpha(handle, 255, 255, 255, 0);
        var bounds = stackalloc int[8];
        if (LibGd.gdImageStringFT(0, bounds, white, font, points, 0, 0, 0, text) != 0)
        {
            return false;
        }

        var (textWidth, textHeight) = (bounds[2] - bounds[0], bounds[1] - bounds[5]);
        var x = (Width - textWidth) / 2 - bounds[0];
        var y = (Height + textHeight) / 2 - bounds[1];
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
