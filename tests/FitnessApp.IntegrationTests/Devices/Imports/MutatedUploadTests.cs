using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;

namespace FitnessApp.IntegrationTests.Devices.Imports;

/// <summary>
/// The parsers' fuzz test (Devices unit tests, 10,000 cases) proves no crash and no hang; this proves the same damage
/// through HTTP ends as 201, 409 or a 4xx problem document, never a 500, and that a refused file leaves nothing behind.
/// </summary>
public abstract class MutatedUploadTests(FitnessAppFactory app)
{
    private const int CasesPerFile = 8;

    private static readonly string[] Files =
    [
        "fit/garmin-edge-500-activity.fit", "fit/activity-small-fenix2-run.fit", "fit/sample-activity-indoor-trainer.fit",
        "generated/pool-swim.fit", "gpx/gpx_with_garmin_extension.gpx", "gpx/korita-zbevnica.gpx", "tcx/tcxparser-test.tcx",
        "generated/running-1s.tcx",
    ];

    public static TheoryData<string> Corpus() => [.. Files];

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Given_truncated_and_byte_flipped_versions_of_a_file_When_uploaded_Then_never_a_500_and_refusals_store_nothing(string file)
    {
        var athlete = await app.CreateAthleteClientAsync();
        var athleteId = await athlete.AthleteIdAsync();
        var original = ImportCorpus.Bytes(file);
        var random = new Random(file.Length * 7919);
        var imported = 0;

        for (var i = 0; i < CasesPerFile; i++)
        {
            var mutated = Mutate(original, random, i);
            var name = Path.GetFileName(file) + (i % 4 == 3 ? ".gz" : string.Empty);
            var response = await athlete.UploadAsync(name, i % 4 == 3 ? ImportApi.Gzip(mutated) : mutated);

            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            status.ShouldBeLessThan(500, $"{file} case {i}: {body}");
            if (response.StatusCode == HttpStatusCode.Created)
            {
                imported++;
            }
            else
            {
                status.ShouldBeInRange(400, 499, $"{file} case {i}");
                response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", $"{file} case {i}");
            }
        }

        (await app.ImportRowsAsync(athleteId)).ShouldBe(imported);
        (await app.ActivitiesOfAsync(athleteId)).ShouldBe(imported);
    }

    /// <summary>Even cases cut the file short at a random point; odd ones overwrite a few random bytes.</summary>
    private static byte[] Mutate(byte[] original, Random random, int index)
    {
        if (index % 2 == 0)
        {
            return original[..random.Next(1, original.Length)];
        }

        var copy = (byte[])original.Clone();
        for (var flips = random.Next(1, 9); flips > 0; flips--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }
}

public sealed class MutatedUploadTests_Sqlite(SqliteApp app) : MutatedUploadTests(app), IClassFixture<SqliteApp>;

public sealed class MutatedUploadTests_Postgres(PostgresApp app) : MutatedUploadTests(app), IClassFixture<PostgresApp>;
