using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Loyalty.Wallet;

/// <summary>Operators replace the level table; bad tables are refused whole, and nobody loses a level.</summary>
public abstract class LevelsAdminTests(WalletApp app)
{
    public static TheoryData<object[], string> BadTables() => new()
    {
        { [], "levels" },
        { [new { minimumPoints = 10, nameEn = "A", nameRu = "А" }], "levels[0].minimumPoints" },
        { [new { minimumPoints = 0, nameEn = "A", nameRu = "А" }, new { minimumPoints = 100, nameEn = "B", nameRu = "Б" }, new { minimumPoints = 100, nameEn = "C", nameRu = "В" }], "levels[2].minimumPoints" },
        { [new { minimumPoints = 0, nameEn = "A", nameRu = "А" }, new { minimumPoints = -5, nameEn = "B", nameRu = "Б" }], "levels[1].minimumPoints" },
        { [new { minimumPoints = 0, nameEn = "A", nameRu = "А" }, new { minimumPoints = 50, nameEn = "B", nameRu = " " }], "levels[1].nameRu" },
        { [new { minimumPoints = 0, nameEn = new string('x', 61), nameRu = "А" }], "levels[0].nameEn" },
        { [new { nameEn = "A", nameRu = "А" }], "levels[0].minimumPoints" },
    };

    [Theory]
    [MemberData(nameof(BadTables))]
    public async Task Given_a_bad_table_When_an_operator_replaces_the_levels_Then_400_naming_the_field_and_nothing_changes(object[] levels, string field)
    {
        var operatorClient = await app.WalletOperatorAsync();
        var before = (await operatorClient.OkAsync(WalletApi.AdminLevels)).GetRawText();

        var response = await operatorClient.PutLevelsAsync(levels);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
        (await operatorClient.OkAsync(WalletApi.AdminLevels)).GetRawText().ShouldBe(before);
    }

    [Fact]
    public async Task Given_an_athlete_at_level_2_When_an_operator_raises_the_thresholds_Then_the_athlete_keeps_level_2_and_the_new_table_is_served()
    {
        var operatorClient = await app.WalletOperatorAsync();
        var athlete = await app.WalletAthleteAsync();
        await app.CreditAsync(athlete.Id, 300);

        var response = await operatorClient.PutLevelsAsync(
            new { minimumPoints = 0, nameEn = "Bronze", nameRu = "Бронза" },
            new { minimumPoints = 1000, nameEn = "Silver", nameRu = "Серебро" },
            new { minimumPoints = 5000, nameEn = " Gold ", nameRu = "Золото" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var table = (await operatorClient.OkAsync(WalletApi.AdminLevels)).EnumerateArray().ToList();
        table.Select(l => l.GetProperty("number").GetInt32()).ShouldBe([1, 2, 3]);
        table[2].GetProperty("nameEn").GetString().ShouldBe("Gold");
        var level = await athlete.Client.OkAsync(WalletApi.Level);
        level.GetProperty("current").GetProperty("number").GetInt32().ShouldBe(2);
        level.GetProperty("current").GetProperty("name").GetString().ShouldBe("Silver");
        level.GetProperty("progress").GetDouble().ShouldBe(0);
        level.GetProperty("levels").GetArrayLength().ShouldBe(3);

        var newcomer = await app.WalletAthleteAsync();
        await app.CreditAsync(newcomer.Id, 300);
        (await newcomer.Client.OkAsync(WalletApi.Balance)).GetProperty("level").GetInt32().ShouldBe(1);
    }
}

public sealed class LevelsAdminTests_Sqlite(WalletSqliteApp app) : LevelsAdminTests(app), IClassFixture<WalletSqliteApp>;

public sealed class LevelsAdminTests_Postgres(WalletPostgresApp app) : LevelsAdminTests(app), IClassFixture<WalletPostgresApp>;
