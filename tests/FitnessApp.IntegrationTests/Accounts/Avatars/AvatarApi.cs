using System.Buffers.Binary;
using System.Net.Http.Headers;
using System.Text;
using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.IntegrationTests.Accounts.Avatars;

/// <summary>Requests of the avatar endpoints and the pictures they send (made with the module's own libgd wrapper).</summary>
public static class AvatarApi
{
    public const string MyAvatar = "/api/v1/accounts/me/avatar";
    public const string Secret = "GPS 52.5200N 13.4050E camera-serial-4711";

    public static string Of(Guid userId, int? size = null) => $"/api/v1/accounts/{userId}/avatar{(size is null ? string.Empty : $"?size={size}")}";

    public static Task<HttpResponseMessage> UploadAvatarAsync(this HttpClient client, byte[] content, string fileName = "me.jpg", string contentType = "image/jpeg")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return client.PutAsync(MyAvatar, form);
    }

    public static byte[] Picture(string format, int width, int height)
    {
        using var picture = GdImage.Create(width, height);
        picture.Fill(30, 120, 200);
        return (format switch
        {
            "jpeg" => picture.EncodeJpeg(90),
            "png" => picture.EncodePng(),
            _ => picture.EncodeWebp(90),
        })!;
    }

    /// <summary>A JPEG carrying an EXIF segment with <see cref="Secret"/>.</summary>
    public static byte[] JpegWithExif(int width, int height)
    {
        var jpeg = Picture("jpeg", width, height);
        var payload = Encoding.ASCII.GetBytes("Exif\0\0" + Secret);
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A 33-byte PNG whose header claims <paramref name="width"/> x <paramref name="height"/>.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        var png = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8), 13);
        "IHDR"u8.CopyTo(png.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), (uint)height);
        png[24] = 8;
        png[25] = 6;
        return png;
    }

    /// <summary>Decodes a served avatar by its own magic bytes: its size in pixels.</summary>
    public static (int Width, int Height) Decode(byte[] data)
    {
        var format = ImageSniffer.Detect(data) ?? throw new InvalidOperationException("The served avatar is not an image.");
        using var picture = GdImage.Decode(format, data) ?? throw new InvalidOperationException("The served avatar does not decode.");
        return (picture.Width, picture.Height);
    }
}
