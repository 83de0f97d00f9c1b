using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Support;

/// <summary>Screenshots (sniffed type, size limit, who may read them) and feedback.</summary>
public abstract class SupportScreenshotAndFeedbackTests(SupportApp app)
{
    [Fact]
    public async Task Given_a_png_screenshot_When_uploaded_Then_the_author_and_operators_get_it_inline_with_its_sniffed_type_and_nobody_else()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();

        var uploaded = await (await athlete.UploadScreenshotAsync(id, SupportApi.Png, "shot.jpg")).ReadJsonAsync();

        uploaded.GetProperty("hasScreenshot").GetBoolean().ShouldBeTrue();
        var url = $"{SupportApi.Tickets}/{id}/screenshot";
        var operatorClient = await app.CreateOperatorClientAsync();
        foreach (var reader in new[] { athlete, operatorClient })
        {
            var response = await reader.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
            response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
            (await response.Content.ReadAsByteArrayAsync()).ShouldBe(SupportApi.Png);
        }

        var stranger = await app.CreateAthleteClientAsync();
        await (await stranger.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_ticket_without_screenshot_When_it_is_read_Then_404()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();

        await (await athlete.GetAsync($"{SupportApi.Tickets}/{id}/screenshot")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_file_that_is_not_an_image_When_uploaded_as_png_Then_415_and_no_screenshot()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();

        var problem = await (await athlete.UploadScreenshotAsync(id, "<html><script>alert(1)</script></html>"u8.ToArray())).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);

        problem.GetProperty("code").GetString().ShouldBe("support.screenshotType");
        (await (await athlete.GetAsync($"{SupportApi.Tickets}/{id}")).ReadJsonAsync()).GetProperty("hasScreenshot").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_screenshot_over_the_limit_When_uploaded_Then_413()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();
        var big = SupportApi.Png.Concat(new byte[SupportApp.MaxScreenshotBytes]).ToArray();

        var problem = await (await athlete.UploadScreenshotAsync(id, big)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problem.GetProperty("code").GetString().ShouldBe("support.screenshotTooLarge");
    }

    [Fact]
    public async Task Given_an_upload_without_file_When_sent_Then_400_naming_file()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();

        var problem = await (await athlete.PutAsync($"{SupportApi.Tickets}/{id}/screenshot", new MultipartFormDataContent { { new StringContent("x"), "other" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["file"]);
    }

    [Fact]
    public async Task Given_feedback_When_an_athlete_sends_it_Then_operators_list_it_with_its_author()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var text = $"Dark mode please {Guid.NewGuid():N}";

        var sent = await (await athlete.PostAsJsonAsync(SupportApi.Feedback, new { category = "idea", text })).ReadJsonAsync(HttpStatusCode.Created);

        sent.GetProperty("category").GetString().ShouldBe("idea");
        var operatorClient = await app.CreateOperatorClientAsync();
        var page = await (await operatorClient.GetAsync($"{SupportApi.Feedback}?category=idea&limit=100")).ReadJsonAsync();
        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("text").GetString() == text);
        item.GetProperty("authorId").GetGuid().ShouldBe(await app.UserIdAsync(athlete));
        item.GetProperty("authorName").GetString().ShouldBe("Test Athlete");
    }

    [Fact]
    public async Task Given_bad_feedback_When_sent_Then_400_naming_the_fields()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var problem = await (await athlete.PostAsJsonAsync(SupportApi.Feedback, new { category = "rant", text = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["category", "text"], ignoreOrder: true);
    }
}

public sealed class SupportScreenshotAndFeedbackTests_Sqlite(SqliteSupportApp app) : SupportScreenshotAndFeedbackTests(app), IClassFixture<SqliteSupportApp>;

public sealed class SupportScreenshotAndFeedbackTests_Postgres(PostgresSupportApp app) : SupportScreenshotAndFeedbackTests(app), IClassFixture<PostgresSupportApp>;
