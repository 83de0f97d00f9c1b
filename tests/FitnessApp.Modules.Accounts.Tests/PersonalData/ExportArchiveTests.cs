using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Accounts.PersonalData.Domain;
using FitnessApp.Modules.Accounts.PersonalData.Export;

namespace FitnessApp.Modules.Accounts.Tests.PersonalData;

public sealed class ExportArchiveTests
{
    private static readonly Guid UserId = new("019aa5a0-1111-7000-8000-000000000001");

    [Fact]
    public async Task Given_two_modules_When_the_archive_is_built_Then_each_writes_its_folder_and_the_manifest_lists_every_file_with_its_size()
    {
        var builder = new ExportArchiveBuilder([new FakeExporter("Training"), new FakeExporter("Devices")]);

        var archive = await builder.BuildAsync(Guid.CreateVersion7(), UserId, new DateTime(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc), CancellationToken.None);

        using var zip = new ZipArchive(new MemoryStream(archive.Content));
        zip.Entries.Select(e => e.FullName).ShouldBe(
            ["Devices/items.json", "Devices/files/original.fit", "Training/items.json", "Training/files/original.fit", "manifest.json"]);
        archive.FileCount.ShouldBe(5);
        using var manifest = JsonDocument.Parse(Read(zip.GetEntry("manifest.json")!));
        manifest.RootElement.GetProperty("userId").GetGuid().ShouldBe(UserId);
        manifest.RootElement.GetProperty("formatVersion").GetInt32().ShouldBe(1);
        var devices = manifest.RootElement.GetProperty("modules")[0];
        devices.GetProperty("module").GetString().ShouldBe("Devices");
        var original = devices.GetProperty("files")[1];
        original.GetProperty("path").GetString().ShouldBe("Devices/files/original.fit");
        original.GetProperty("size").GetInt64().ShouldBe(4);
        devices.GetProperty("files")[0].GetProperty("size").GetInt64().ShouldBe(zip.GetEntry("Devices/items.json")!.Length);
        Encoding.UTF8.GetString(Read(zip.GetEntry("Training/items.json")!)).ShouldContain("\"sport\": \"trailRunning\"");
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a//b")]
    [InlineData("/rooted")]
    [InlineData("a\\b")]
    [InlineData("a/./b")]
    [InlineData(" ")]
    public void Given_a_path_that_could_leave_the_module_folder_When_writing_Then_it_is_refused(string path)
    {
        using var zip = new ZipArchive(new MemoryStream(), ZipArchiveMode.Create);
        var writer = new ZipPersonalDataWriter(zip, "Training");

        Should.Throw<ArgumentException>(() => writer.EntryPath(path));
    }

    [Fact]
    public void Given_a_ready_export_When_its_seven_days_are_over_Then_it_reads_as_expired()
    {
        var ready = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc);
        var export = new DataExport { Id = Guid.CreateVersion7(), UserId = UserId, Status = ExportStatuses.Ready, ExpiresAt = ready + DataExport.Lifetime };

        export.StatusAt(ready.AddDays(6.99)).ShouldBe("ready");
        export.StatusAt(ready.AddDays(7)).ShouldBe("expired");
        new DataExport { Id = Guid.CreateVersion7(), UserId = UserId, Status = ExportStatuses.Running }.StatusAt(ready.AddDays(30)).ShouldBe("running");
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private enum FakeSport
    {
        TrailRunning,
    }

    private sealed class FakeExporter(string module) : IPersonalDataExporter
    {
        public string Module => module;

        public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
        {
            await writer.WriteJsonAsync("items", new[] { new { UserId = userId, Sport = FakeSport.TrailRunning } }, cancellationToken);
            await writer.WriteFileAsync("files/original.fit", new byte[] { 1, 2, 3, 4 }, cancellationToken);
        }
    }
}
