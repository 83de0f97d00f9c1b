using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Social;
using FitnessApp.IntegrationTests.Training;

namespace FitnessApp.IntegrationTests.Loyalty.Achievements;

/// <summary>The anonymous badge image and the operators' catalogue API.</summary>
public abstract class AchievementCatalogTests(FitnessAppFactory app)
{
    private static object Definition(string code, string? badge = null) => new
    {
        code,
        checker = "sportTotal",
        parameters = new { target = 42_195, metric = "distance", sport = "running" },
        hidden = false,
        progressive = true,
        repeatable = false,
        points = 75,
        nameEn = "Marathoner",
        nameRu = "Марафонец",
        descriptionEn = "Run a marathon distance in total.",
        descriptionRu = "Пробегите марафонскую дистанцию в сумме.",
        badgeSvg = badge,
        enabled = true,
    };

    [Fact]
    public async Task Given_a_seeded_badge_When_fetched_anonymously_Then_svg_with_safe_headers()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/loyalty/badges/first-activity.svg");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'none'");
        csp.ShouldContain("style-src 'unsafe-inline'");
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        response.Headers.ETag.ShouldNotBeNull();
        (await response.Content.ReadAsStringAsync()).ShouldStartWith("<svg");
    }

    [Fact]
    public async Task Given_an_unknown_code_When_fetching_its_badge_Then_404() =>
        (await app.CreateClient().GetAsync("/api/v1/loyalty/badges/no-such-thing.svg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

    [Fact]
    public async Task Given_no_token_or_an_athlete_When_using_the_admin_api_Then_401_and_403()
    {
        (await app.CreateClient().GetAsync(AchievementsApi.Admin)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var athlete = await app.CreateAthleteClientAsync();
        (await athlete.GetAsync(AchievementsApi.Admin)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await athlete.PostAsJsonAsync(AchievementsApi.Admin, Definition("athlete-made"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_bad_fields_When_creating_Then_400_names_each()
    {
        var operatorClient = await app.OperatorClientAsync();

        var response = await operatorClient.PostAsJsonAsync(AchievementsApi.Admin, new
        {
            code = "Bad Code!",
            checker = "sportTotal",
            parameters = new { target = 0, metric = "speed" },
            points = -1,
            nameEn = "",
            nameRu = "Имя",
            descriptionEn = "d",
            descriptionRu = "д",
            badgeSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["code", "parameters.target", "parameters.metric", "points", "nameEn", "badgeSvg"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_an_unknown_checker_When_creating_Then_400_names_checker()
    {
        var operatorClient = await app.OperatorClientAsync();
        var response = await operatorClient.PostAsJsonAsync(AchievementsApi.Admin, new
        {
            code = "chess-master", checker = "chess", parameters = new { target = 1 }, points = 1,
            nameEn = "a", nameRu = "б", descriptionEn = "c", descriptionRu = "д",
        });
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["checker"]);
    }

    [Fact]
    public async Task Given_an_operator_When_creating_editing_and_disabling_Then_the_catalogue_and_badge_follow()
    {
        var operatorClient = await app.OperatorClientAsync();
        var code = $"marathon-{Guid.NewGuid():N}"[..30];

        var created = await operatorClient.PostAsJsonAsync(AchievementsApi.Admin, Definition(code));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        (await operatorClient.PostAsJsonAsync(AchievementsApi.Admin, Definition(code))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        const string badge = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#c00\"/></svg>";
        var edit = new
        {
            hidden = true, progressive = false, repeatable = false, points = 90, nameEn = "Marathon", nameRu = "Марафон",
            descriptionEn = "42.195 km", descriptionRu = "42,195 км", badgeSvg = badge, enabled = false,
        };
        var updated = await operatorClient.PutAsJsonAsync($"{AchievementsApi.Admin}/{id}", edit);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await operatorClient.GetAsync($"{AchievementsApi.Admin}/{id}")).JsonAsync()).GetProperty("points").GetInt32().ShouldBe(90);
        (await app.CreateClient().GetStringAsync($"/api/v1/loyalty/badges/{code}.svg")).ShouldBe(badge);

        var list = await (await operatorClient.GetAsync(AchievementsApi.Admin)).JsonAsync();
        list.EnumerateArray().Count().ShouldBeGreaterThanOrEqualTo(26);

        var athlete = await app.CreateAthleteClientAsync();
        (await athlete.MineAsync()).Find(code).ShouldBeNull("a disabled achievement nobody earned is not listed");

        var script = await operatorClient.PutAsJsonAsync($"{AchievementsApi.Admin}/{id}", new
        {
            hidden = false, progressive = false, repeatable = false, points = 1, nameEn = "n", nameRu = "н", descriptionEn = "d", descriptionRu = "д",
            badgeSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", enabled = true,
        });
        (await script.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["badgeSvg"]);
        (await operatorClient.PutAsJsonAsync($"{AchievementsApi.Admin}/{Guid.NewGuid()}", edit)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class AchievementCatalogTests_Sqlite(SocialSqliteApp app) : AchievementCatalogTests(app), IClassFixture<SocialSqliteApp>;

public sealed class AchievementCatalogTests_Postgres(SocialPostgresApp app) : AchievementCatalogTests(app), IClassFixture<SocialPostgresApp>;
