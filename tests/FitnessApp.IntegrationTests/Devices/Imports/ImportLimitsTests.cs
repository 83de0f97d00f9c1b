using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;

namespace FitnessApp.IntegrationTests.Devices.Imports;

/// <summary>A host with small import limits, to reach them with small files.</summary>
public class ImportLimitsApp : FitnessAppFactory
{
    public const int MaxUploadBytes = 200_000;

    public ImportLimitsApp(TestDatabase database)
        : base(database)
    {
        With("Devices:Imports:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Devices:Imports:MaxZipEntries", "3");
        With("Devices:Imports:MaxZipTotalBytes", "600000");
        With("Devices:Imports:MaxDecompressedBytes", "400000");
        With("Devices:Imports:MaxCompressionRatio", "50");
        With("Devices:Imports:RatioCheckFromBytes", "100000");
    }
}

public sealed class ImportLimitsSqliteApp() : ImportLimitsApp(TestDatabase.Sqlite);

public sealed class ImportLimitsPostgresApp() : ImportLimitsApp(TestDatabase.Postgres);

/// <summary>Over-size uploads and decompression bombs are refused with 4xx problems, and nothing is stored.</summary>
public abstract class ImportLimitsTests(ImportLimitsApp app)
{
    /// <summary>350 KB that deflate shrinks about six-fold: over no ratio limit, but two of them are over the zip total.</summary>
    private static readonly byte[] Sparse = SparseBytes(350_000);

    [Fact]
    public async Task Given_a_file_over_the_upload_limit_When_imported_Then_413_and_nothing_is_stored()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var big = ImportApi.WithComment(ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx"), new string('x', ImportLimitsApp.MaxUploadBytes));

        var response = await athlete.UploadAsync("big.gpx", big);

        (await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge)).GetProperty("code").GetString().ShouldBe("file.tooLarge");
        (await app.ImportRowsAsync(await athlete.AthleteIdAsync())).ShouldBe(0);
        (await app.ActivitiesOfAsync(await athlete.AthleteIdAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_file_under_the_limit_When_imported_Then_201()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.UploadAsync("run.tcx", ImportCorpus.Bytes("tcx/tcxparser-test.tcx"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    public static TheoryData<string, byte[], HttpStatusCode, string> Bombs() => new()
    {
        {
            "many.zip",
            ImportApi.Zip(("1.gpx", [1]), ("2.gpx", [2]), ("3.gpx", [3]), ("4.gpx", [4])),
            HttpStatusCode.BadRequest,
            "zip.tooManyEntries"
        },
        { "large.zip", ImportApi.Zip(("1.gpx", Sparse), ("2.gpx", Sparse.Reverse().ToArray())), HttpStatusCode.RequestEntityTooLarge, "zip.tooLarge" },
        { "huge-entry.zip", ImportApi.Zip(("1.gpx", new byte[450_000])), HttpStatusCode.RequestEntityTooLarge, "zip.entryTooLarge" },
        { "nested.zip", ImportApi.Zip(("inner.zip", ImportApi.Zip(("a.gpx", [1])))), HttpStatusCode.BadRequest, "zip.nested" },
        { "bomb.gpx.gz", ImportApi.Gzip(new byte[5_000_000]), HttpStatusCode.BadRequest, "gzip.ratioTooHigh" },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task Given_a_decompression_bomb_When_imported_Then_4xx_with_its_code_and_nothing_is_stored(string name, byte[] content, HttpStatusCode status, string code)
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.UploadAsync(name, content);

        (await response.ShouldBeProblemAsync(status)).GetProperty("code").GetString().ShouldBe(code);
        (await app.ImportRowsAsync(await athlete.AthleteIdAsync())).ShouldBe(0);
    }

    private static byte[] SparseBytes(int length)
    {
        var random = new Random(42);
        return Enumerable.Range(0, length).Select(_ => random.Next(10) == 0 ? (byte)random.Next(256) : (byte)0).ToArray();
    }
}

public sealed class ImportLimitsTests_Sqlite(ImportLimitsSqliteApp app) : ImportLimitsTests(app), IClassFixture<ImportLimitsSqliteApp>;

public sealed class ImportLimitsTests_Postgres(ImportLimitsPostgresApp app) : ImportLimitsTests(app), IClassFixture<ImportLimitsPostgresApp>;
