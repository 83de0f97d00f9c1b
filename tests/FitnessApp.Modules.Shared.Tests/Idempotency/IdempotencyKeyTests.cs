using System.Text;
using FitnessApp.Modules.Shared.Idempotency;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Shared.Tests.Idempotency;

public sealed class IdempotencyKeyTests
{
    [Fact]
    public async Task Given_the_same_request_twice_When_hashing_Then_the_hashes_are_equal()
    {
        var first = await HashAsync("POST", "/api/v1/accounts/register", "{\"email\":\"a@b.c\"}");
        var second = await HashAsync("POST", "/api/v1/accounts/register", "{\"email\":\"a@b.c\"}");

        second.ShouldBe(first);
    }

    [Fact]
    public async Task Given_a_known_request_When_hashing_Then_the_hash_is_uppercase_sha256_hex_of_method_path_and_body()
    {
        var hash = await HashAsync("POST", "/x", "body");

        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("POST /x\nbody")));
        hash.ShouldBe(expected);
        hash.Length.ShouldBe(64);
    }

    [Theory]
    [InlineData("POST", "/api/v1/accounts/register", "", "{\"email\":\"x@b.c\"}")]
    [InlineData("POST", "/api/v1/other", "", "{\"email\":\"a@b.c\"}")]
    [InlineData("PUT", "/api/v1/accounts/register", "", "{\"email\":\"a@b.c\"}")]
    [InlineData("POST", "/api/v1/accounts/register", "?x=1", "{\"email\":\"a@b.c\"}")]
    public async Task Given_a_request_that_differs_in_one_part_When_hashing_Then_the_hash_differs(string method, string path, string query, string body)
    {
        var original = await HashAsync("POST", "/api/v1/accounts/register", "{\"email\":\"a@b.c\"}");

        var other = await HashAsync(method, path, body, query);

        other.ShouldNotBe(original);
    }

    [Fact]
    public async Task Given_a_buffered_body_When_hashing_Then_the_body_can_still_be_read_from_the_start()
    {
        var context = Request("POST", "/x", "payload");

        await IdempotencyKey.HashRequestAsync(context.Request, CancellationToken.None);

        context.Request.Body.Position.ShouldBe(0);
        (await new StreamReader(context.Request.Body).ReadToEndAsync()).ShouldBe("payload");
    }

    [Fact]
    public async Task Given_a_body_larger_than_the_buffer_When_hashing_Then_every_byte_counts()
    {
        var body = new string('a', 200_000);
        var changedAtTheEnd = body[..^1] + "b";

        var first = await HashAsync("POST", "/x", body);
        var second = await HashAsync("POST", "/x", changedAtTheEnd);

        second.ShouldNotBe(first);
    }

    private static Task<string> HashAsync(string method, string path, string body, string query = "") =>
        IdempotencyKey.HashRequestAsync(Request(method, path, body, query).Request, CancellationToken.None);

    private static DefaultHttpContext Request(string method, string path, string body, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context;
    }
}
