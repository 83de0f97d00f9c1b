using System.Buffers.Binary;
using System.Net.Http.Headers;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Shop.Catalog;
using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.IntegrationTests.Shop.Images;

/// <summary>The catalog host with a small upload limit (300 KB), so that the 413 needs no huge file.</summary>
public class ProductImagesApp : CatalogApp
{
    public const int MaxUploadBytes = 300_000;

    protected ProductImagesApp(TestDatabase database)
        : base(database) =>
        With("Shop:Images:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class ProductImagesSqliteApp() : ProductImagesApp(TestDatabase.Sqlite);

public sealed class ProductImagesPostgresApp() : ProductImagesApp(TestDatabase.Postgres);

/// <summary>The product image endpoints and pictures to send them (drawn with the shared libgd wrapper).</summary>
internal static class ProductImagesApi
{
    public const string Secret = "GPS 48.8584N 2.2945E serial-0815";

    public static string Images(Guid productId) => $"{CatalogApi.AdminProducts}/{productId}/images";

    public static Task<HttpResponseMessage> UploadImageAsync(this HttpClient client, Guid productId, byte[] content, string fileName = "photo.jpg", string contentType = "image/jpeg")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return client.PostAsync(Images(productId), form);
    }

    public static async Task<Guid> UploadOkAsync(this HttpClient op, Guid productId, byte[]? content = null) =>
        (await (await op.UploadImageAsync(productId, content ?? Picture("jpeg", 300, 200))).ReadOkAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static byte[] Picture(string format, int width, int height, (byte R, byte G, byte B)? colour = null)
    {
        using var picture = GdImage.Create(width, height);
        var (r, g, b) = colour ?? ((byte)200, (byte)60, (byte)30);
        picture.Fill(r, g, b);
        picture.Fill(20, 20, 160, 0, 0, width / 2, height / 2);
        return (format switch
        {
            "jpeg" => picture.EncodeJpeg(92),
            "png" => picture.EncodePng(),
            _ => picture.EncodeWebp(92),
        })!;
    }

    /// <summary>A JPEG with an EXIF segment holding <see cref="Secret"/> and orientation <paramref name="orientation"/>.</summary>
    public static byte[] JpegWithExif(int width, int height, int orientation)
    {
        var jpeg = Picture("jpeg", width, height);
        var tiff = new byte[8 + 2 + 12 + 4];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(10), 0x0112);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(12), 3);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(14), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(18), (ushort)orientation);
        byte[] payload = [.. "Exif\0\0"u8, .. tiff, .. System.Text.Encoding.ASCII.GetBytes(Secret)];
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>Decodes served bytes by their own magic bytes: the format and the size in pixels.</summary>
    public static (ImageFormat Format, int Width, int Height) Decode(byte[] data)
    {
        var format = ImageSniffer.Detect(data) ?? throw new InvalidOperationException("The served bytes are not an image.");
        using var picture = GdImage.Decode(format, data) ?? throw new InvalidOperationException("The served image does not decode.");
        return (format, picture.Width, picture.Height);
    }
}
