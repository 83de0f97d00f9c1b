using System.Text;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FluentValidation;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Shared.Tests.Web;

public sealed class MultipartFileReaderTests
{
    private const string Boundary = "test-boundary";
    private static readonly MultipartFileLimit Limit = new("file", 100, "the picture");

    [Fact]
    public async Task Given_a_file_within_the_limit_When_reading_Then_its_bytes_name_and_type_are_answered()
    {
        var request = Multipart(("file", "a.png", "image/png", "0123456789"));

        var file = await request.ReadFileAsync(Limit, CancellationToken.None);

        file.FileName.ShouldBe("a.png");
        file.ContentType.ShouldBe("image/png");
        Encoding.ASCII.GetString(await file.ReadAllBytesAsync(CancellationToken.None)).ShouldBe("0123456789");
    }

    [Fact]
    public async Task Given_a_json_body_When_reading_Then_400_names_the_field()
    {
        var request = new DefaultHttpContext().Request;
        request.ContentType = "application/json";
        request.Body = new MemoryStream("{}"u8.ToArray());

        var error = await Should.ThrowAsync<ValidationException>(() => request.ReadFileAsync(Limit, CancellationToken.None));

        error.Errors.ShouldContain(e => e.PropertyName == "file" && e.ErrorMessage.Contains("the picture"));
    }

    [Fact]
    public async Task Given_another_field_only_When_reading_Then_400_names_the_field()
    {
        var request = Multipart(("other", "a.png", "image/png", "0123"));

        var error = await Should.ThrowAsync<ValidationException>(() => request.ReadFileAsync(Limit, CancellationToken.None));

        error.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("file");
    }

    [Fact]
    public async Task Given_a_file_over_the_limit_When_reading_Then_the_limits_413_error_is_thrown()
    {
        var request = Multipart(("file", "a.png", "image/png", new string('x', 101)));

        await Should.ThrowAsync<PayloadTooLargeException>(() => request.ReadFileAsync(Limit, CancellationToken.None));
    }

    [Fact]
    public async Task Given_an_announced_body_over_the_limit_When_reading_Then_the_modules_own_error_is_thrown_before_reading()
    {
        var request = Multipart(("file", "a.png", "image/png", "0123"));
        request.ContentLength = Limit.BodyLimit + 1;
        var limit = Limit with { TooLarge = max => new InvalidOperationException($"over {max}") };

        (await Should.ThrowAsync<InvalidOperationException>(() => request.ReadFileAsync(limit, CancellationToken.None))).Message.ShouldBe("over 100");
        request.Body.Position.ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_truncated_multipart_body_When_reading_Then_400_names_the_field()
    {
        var request = Multipart(("file", "a.png", "image/png", "0123"));
        var whole = ((MemoryStream)request.Body).ToArray();
        request.Body = new MemoryStream(whole[..(whole.Length - 20)]);
        request.ContentLength = null;

        var error = await Should.ThrowAsync<ValidationException>(() => request.ReadFileAsync(Limit, CancellationToken.None));

        error.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("file");
    }

    private static HttpRequest Multipart(params (string Field, string FileName, string ContentType, string Content)[] parts)
    {
        var body = new StringBuilder();
        foreach (var (field, fileName, contentType, content) in parts)
        {
            body.Append($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\nContent-Type: {contentType}\r\n\r\n{content}\r\n");
        }

        body.Append($"--{Boundary}--\r\n");
        var bytes = Encoding.ASCII.GetBytes(body.ToString());
        var request = new DefaultHttpContext().Request;
        request.ContentType = $"multipart/form-data; boundary={Boundary}";
        request.Body = new MemoryStream(bytes);
        request.ContentLength = bytes.Length;
        return request;
    }
}
