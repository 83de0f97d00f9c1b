using System.IO.Compression;
using FitnessApp.Modules.Devices.Imports;
using FitnessApp.Modules.Devices.Imports.ZipImports;

namespace FitnessApp.Modules.Devices.Tests.Imports;

public sealed class ZipLimitsTests
{
    private static readonly ImportOptions Options = OptionsWith(3);

    private static ImportOptions OptionsWith(int maxEntries) => new()
    {
        MaxZipEntries = maxEntries,
        MaxZipTotalBytes = 1_000_000,
        MaxDecompressedBytes = 600_000,
        MaxCompressionRatio = 20,
        RatioCheckFromBytes = 100_000,
    };

    [Fact]
    public void Given_files_within_the_limits_When_checked_Then_the_files_are_listed_without_folders()
    {
        using var zip = Zip(("runs/", []), ("runs/a.gpx", Random(1_000)), ("b.fit", Random(2_000)), ("__MACOSX/._b.fit", [1]));

        ZipLimits.Check(zip, OptionsWith(4)).Select(e => e.Name).ShouldBe(["a.gpx", "b.fit"]);
    }

    [Fact]
    public void Given_more_entries_than_allowed_When_checked_Then_too_many_entries() =>
        Code(() => ZipLimits.Check(Zip(("1", [1]), ("2", [1]), ("3", [1]), ("4", [1])), Options)).ShouldBe("zip.tooManyEntries");

    [Fact]
    public void Given_entries_expanding_past_the_total_When_checked_Then_too_large() =>
        Code(() => ZipLimits.Check(Zip(("a.gpx", Random(550_000)), ("b.gpx", Random(550_000))), Options)).ShouldBe("zip.tooLarge");

    [Fact]
    public void Given_one_entry_past_the_per_file_limit_When_checked_Then_entry_too_large() =>
        Code(() => ZipLimits.Check(Zip(("a.gpx", Random(650_000))), Options)).ShouldBe("zip.entryTooLarge");

    [Fact]
    public void Given_an_entry_that_expands_too_much_When_checked_Then_ratio_too_high() =>
        Code(() => ZipLimits.Check(Zip(("zeros.gpx", new byte[500_000])), Options)).ShouldBe("zip.ratioTooHigh");

    [Fact]
    public void Given_a_small_very_compressible_entry_When_checked_Then_the_ratio_is_not_held_against_it() =>
        ZipLimits.Check(Zip(("zeros.gpx", new byte[50_000])), Options).ShouldHaveSingleItem();

    [Fact]
    public void Given_a_zip_inside_When_checked_Then_nested() =>
        Code(() => ZipLimits.Check(Zip(("inner.ZIP", [1, 2, 3])), Options)).ShouldBe("zip.nested");

    [Fact]
    public void Given_only_folders_When_checked_Then_empty() =>
        Code(() => ZipLimits.Check(Zip(("a/", []), ("a/b/", [])), Options)).ShouldBe("zip.empty");

    [Fact]
    public void Given_bytes_that_are_not_a_zip_When_opened_Then_corrupt() =>
        Code(() => ZipLimits.Open(new MemoryStream([0x50, 0x4B, 3, 4, 1, 2, 3]))).ShouldBe("zip.corrupt");

    [Fact]
    public async Task Given_an_entry_When_extracted_with_a_limit_below_its_size_Then_entry_too_large_whatever_the_header_says()
    {
        using var zip = Zip(("a.gpx", Random(10_000)));

        var failure = await Should.ThrowAsync<ImportRejectedException>(() => ZipLimits.ExtractAsync(zip.Entries[0], 5_000, CancellationToken.None));

        failure.Code.ShouldBe("zip.entryTooLarge");
    }

    private static string Code(Action action) => Should.Throw<ImportRejectedException>(action).Code;

    private static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    private static ZipArchive Zip(params (string Name, byte[] Content)[] entries)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        output.Position = 0;
        return new ZipArchive(output, ZipArchiveMode.Read);
    }
}
