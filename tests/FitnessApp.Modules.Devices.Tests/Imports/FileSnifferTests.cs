using System.Text;
using FitnessApp.Modules.Devices.Imports.Files;
using FitnessApp.Modules.Devices.Tests.Files;

namespace FitnessApp.Modules.Devices.Tests.Imports;

public sealed class FileSnifferTests
{
    [Theory]
    [InlineData("fit/garmin-edge-500-activity.fit", "Fit")]
    [InlineData("fit/activity-small-fenix2-run.fit", "Fit")]
    [InlineData("gpx/korita-zbevnica.gpx", "Gpx")]
    [InlineData("gpx/unicode_with_bom.gpx", "Gpx")]
    [InlineData("gpx/gpx1.0_with_all_fields.gpx", "Gpx")]
    [InlineData("tcx/tcxparser-test.tcx", "Tcx")]
    [InlineData("tcx/tcxreader-mapmyride_biking.tcx", "Tcx")]
    public void Given_a_corpus_file_When_sniffed_Then_its_content_says_what_it_is(string file, string expected)
    {
        var head = File.ReadAllBytes(Corpus.PathOf(file)).Take(FileSniffer.HeadLength).ToArray();

        FileSniffer.Sniff(head).ShouldBe(Enum.Parse<FileKind>(expected));
    }

    [Theory]
    [InlineData("", "Empty")]
    [InlineData("   \n\t", "Unknown")]
    [InlineData("hello world", "Unknown")]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<gpx version=\"1.1\">", "Gpx")]
    [InlineData("<g:gpx xmlns:g=\"http://www.topografix.com/GPX/1/1\">", "Gpx")]
    [InlineData("<?xml version=\"1.0\"?><TrainingCenterDatabase>", "Tcx")]
    [InlineData("<html><body>not an activity</body></html>", "Xml")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY a \"b\">]><gpx>", "Xml")]
    public void Given_text_When_sniffed_Then_the_root_element_decides(string text, string expected) =>
        FileSniffer.Sniff(Encoding.UTF8.GetBytes(text)).ShouldBe(Enum.Parse<FileKind>(expected));

    [Fact]
    public void Given_UTF16_XML_with_a_byte_order_mark_When_sniffed_Then_it_is_read_as_GPX() =>
        FileSniffer.Sniff([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<gpx version=\"1.1\">")]).ShouldBe(FileKind.Gpx);

    [Theory]
    [InlineData(new byte[] { 0x1F, 0x8B, 8, 0 }, "Gzip")]
    [InlineData(new byte[] { 0x50, 0x4B, 3, 4, 20 }, "Zip")]
    [InlineData(new byte[] { 0x50, 0x4B, 5, 6 }, "Zip")]
    [InlineData(new byte[] { 14, 0x10, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T' }, "Fit")]
    [InlineData(new byte[] { 14, 0x10, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'X' }, "Unknown")]
    [InlineData(new byte[] { 13, 0x10, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T' }, "Unknown")]
    public void Given_binary_magic_When_sniffed_Then_it_is_recognised(byte[] head, string expected) =>
        FileSniffer.Sniff(head).ShouldBe(Enum.Parse<FileKind>(expected));

    [Theory]
    [InlineData("ride.FIT", "Fit")]
    [InlineData("run.gpx.gz", "Gpx")]
    [InlineData("run.tcx.gzip", "Tcx")]
    [InlineData("batch.zip", "Zip")]
    [InlineData("notes.txt", "Unknown")]
    [InlineData("no-extension", "Unknown")]
    public void Given_a_file_name_When_its_claimed_content_is_read_Then_a_trailing_gz_is_looked_through(string name, string expected) =>
        FileSniffer.ClaimedContent(name).ShouldBe(Enum.Parse<FileKind>(expected));
}
