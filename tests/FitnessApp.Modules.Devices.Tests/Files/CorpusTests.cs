namespace FitnessApp.Modules.Devices.Tests.Files;

public sealed class CorpusTests
{
    [Theory]
    [InlineData("fit/garmin-edge-500-activity.fit")]
    [InlineData("gpx/korita-zbevnica.gpx")]
    [InlineData("tcx/tcxparser-test.tcx")]
    public void Given_a_fresh_clone_Then_the_corpus_files_are_there(string file) =>
        new FileInfo(Corpus.PathOf(file)).Length.ShouldBeGreaterThan(0);
}
