using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Accounts.Avatars;

public abstract class AvatarTests(FitnessAppFactory app)
{
    [Theory]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("png", "image/png")]
    [InlineData("webp", "image/webp")]
    public async Task Given_an_upload_When_getting_both_sizes_Then_re_encoded_squares_of_256_and_64_pixels_are_served(string format, string declared)
    {
        var client = await app.CreateAthleteClientAsync();
        var id = (await client.GetMeAsync()).Id();

        var upload = await client.UploadAvatarAsync(AvatarApi.Picture(format, 640, 480), $"me.{format}", declared);

        upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        foreach (var size in new[] { 256, 64 })
        {
            var response = await client.GetAsync(AvatarApi.Of(id, size));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
            response.Headers.CacheControl!.Private.ShouldBeTrue();
            response.Headers.ETag.ShouldNotBeNull();
            AvatarApi.Decode(await response.Content.ReadAsByteArrayAsync()).ShouldBe((size, size));
        }
    }

    [Fact]
    public async Task Given_a_jpeg_with_exif_and_gps_When_it_is_served_Then_neither_the_upload_nor_its_metadata_comes_back()
    {
        var client = await app.CreateAthleteClientAsync();
        var id = (await client.GetMeAsync()).Id();
        var original = AvatarApi.JpegWithExif(300, 300);

        (await client.UploadAvatarAsync(original)).EnsureSuccessStatusCode();

        var served = await client.GetByteArrayAsync(AvatarApi.Of(id));
        served.ShouldNotBe(original);
        var text = Encoding.ASCII.GetString(served);
        text.ShouldNotContain("Exif");
        text.ShouldNotContain(AvatarApi.Secret);
    }

    [Fact]
    public async Task Given_a_gif_named_jpg_When_uploading_Then_415_names_the_type_and_nothing_is_stored()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.UploadAvatarAsync(Encoding.ASCII.GetBytes("GIF89a\u0001\u0000\u0001\u0000 fake gif"), "me.jpg", "image/jpeg");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("detail").GetString()!.ShouldContain("GIF");
        (await client.GetMeAsync()).GetProperty("avatarUrl").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_a_file_over_5_MB_When_uploading_Then_413()
    {
        var client = await app.CreateAthleteClientAsync();
        var large = new byte[(5 * 1024 * 1024) + 1];
        AvatarApi.Picture("jpeg", 64, 64).CopyTo(large, 0);

        var response = await client.UploadAvatarAsync(large);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData(20000, 20000)]
    [InlineData(16, 16)]
    public async Task Given_a_header_with_dimensions_out_of_bounds_When_uploading_Then_400_names_the_file(int width, int height)
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.UploadAvatarAsync(AvatarApi.PngHeaderOnly(width, height), "bomb.png", "image/png");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["file"]);
        problem.GetProperty("detail").GetString()!.ShouldContain($"{width}x{height}");
    }

    [Fact]
    public async Task Given_a_multipart_body_without_the_file_field_When_uploading_Then_400_names_the_file()
    {
        var client = await app.CreateAthleteClientAsync();
        var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        var response = await client.PutAsync(AvatarApi.MyAvatar, form);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["file"]);
    }

    [Fact]
    public async Task Given_an_avatar_When_getting_it_again_with_its_etag_Then_304()
    {
        var client = await app.CreateAthleteClientAsync();
        var id = (await client.GetMeAsync()).Id();
        (await client.UploadAvatarAsync(AvatarApi.Picture("png", 100, 100), "me.png", "image/png")).EnsureSuccessStatusCode();
        var first = await client.GetAsync(AvatarApi.Of(id));

        var request = new HttpRequestMessage(HttpMethod.Get, AvatarApi.Of(id));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(request);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        second.Headers.ETag.ShouldBe(first.Headers.ETag);
    }

    [Fact]
    public async Task Given_a_new_upload_When_reading_me_Then_the_avatar_url_changes_and_the_old_etag_no_longer_matches()
    {
        var client = await app.CreateAthleteClientAsync();
        (await client.GetMeAsync()).GetProperty("avatarUrl").ValueKind.ShouldBe(JsonValueKind.Null);
        (await client.UploadAvatarAsync(AvatarApi.Picture("jpeg", 100, 100))).EnsureSuccessStatusCode();
        var firstUrl = (await client.GetMeAsync()).GetProperty("avatarUrl").GetString()!;
        var firstTag = (await client.GetAsync(firstUrl)).Headers.ETag!;

        (await client.UploadAvatarAsync(AvatarApi.Picture("jpeg", 120, 100))).EnsureSuccessStatusCode();

        var secondUrl = (await client.GetMeAsync()).GetProperty("avatarUrl").GetString()!;
        secondUrl.ShouldNotBe(firstUrl);
        var request = new HttpRequestMessage(HttpMethod.Get, secondUrl);
        request.Headers.IfNoneMatch.Add(firstTag);
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_an_avatar_When_deleting_it_Then_204_me_has_no_url_and_the_image_is_gone()
    {
        var client = await app.CreateAthleteClientAsync();
        var id = (await client.GetMeAsync()).Id();
        (await client.UploadAvatarAsync(AvatarApi.Picture("jpeg", 100, 100))).EnsureSuccessStatusCode();

        var response = await client.DeleteAsync(AvatarApi.MyAvatar);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetMeAsync()).GetProperty("avatarUrl").ValueKind.ShouldBe(JsonValueKind.Null);
        await (await client.GetAsync(AvatarApi.Of(id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await client.DeleteAsync(AvatarApi.MyAvatar)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Given_another_athletes_public_profile_When_getting_their_avatar_Then_200()
    {
        var owner = await app.CreateAthleteClientAsync();
        var ownerId = (await owner.GetMeAsync()).Id();
        (await owner.UploadAvatarAsync(AvatarApi.Picture("jpeg", 100, 100))).EnsureSuccessStatusCode();
        var stranger = await app.CreateAthleteClientAsync();

        var response = await stranger.GetAsync(AvatarApi.Of(ownerId, 64));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_another_athletes_followers_only_profile_When_getting_their_avatar_Then_404_but_the_owner_still_sees_it()
    {
        var owner = await app.CreateAthleteClientAsync();
        var ownerId = (await owner.GetMeAsync()).Id();
        (await owner.UploadAvatarAsync(AvatarApi.Picture("jpeg", 100, 100))).EnsureSuccessStatusCode();
        (await owner.PutSettingsAsync(ProfileApi.SettingsBody("""{"profileVisibility":"followersOnly"}"""))).EnsureSuccessStatusCode();
        var stranger = await app.CreateAthleteClientAsync();

        await (await stranger.GetAsync(AvatarApi.Of(ownerId))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await owner.GetAsync(AvatarApi.Of(ownerId))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_an_unknown_user_id_When_getting_the_avatar_Then_404()
    {
        var client = await app.CreateAthleteClientAsync();

        await (await client.GetAsync(AvatarApi.Of(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_size_other_than_256_or_64_When_getting_the_avatar_Then_400_names_the_size()
    {
        var client = await app.CreateAthleteClientAsync();
        var id = (await client.GetMeAsync()).Id();

        var problem = await (await client.GetAsync(AvatarApi.Of(id, 128))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["size"]);
    }

    [Fact]
    public async Task Given_no_credentials_When_calling_the_avatar_endpoints_Then_401()
    {
        var owner = await app.CreateAthleteClientAsync();
        var ownerId = (await owner.GetMeAsync()).Id();
        var anonymous = app.CreateClient();

        await (await anonymous.GetAsync(AvatarApi.Of(ownerId))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.UploadAvatarAsync(AvatarApi.Picture("jpeg", 64, 64))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.DeleteAsync(AvatarApi.MyAvatar)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_avatar_When_another_module_asks_for_athlete_profiles_Then_the_avatar_url_is_in_the_contract()
    {
        var client = await app.CreateAthleteClientAsync();
        var id = (await client.GetMeAsync()).Id();
        var without = await app.CreateAthleteClientAsync();
        var withoutId = (await without.GetMeAsync()).Id();
        (await client.UploadAvatarAsync(AvatarApi.Picture("jpeg", 100, 100))).EnsureSuccessStatusCode();

        await using var scope = app.Services.CreateAsyncScope();
        var profiles = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetAthleteProfiles([id, withoutId]));

        profiles.Single(p => p.UserId == id).AvatarUrl.ShouldBe((await client.GetMeAsync()).GetProperty("avatarUrl").GetString());
        profiles.Single(p => p.UserId == withoutId).AvatarUrl.ShouldBeNull();
    }
}

public sealed class AvatarTests_Sqlite(SqliteApp app) : AvatarTests(app), IClassFixture<SqliteApp>;

public sealed class AvatarTests_Postgres(PostgresApp app) : AvatarTests(app), IClassFixture<PostgresApp>;
