using System.Reflection;

namespace FitnessApp.Modules.Devices.Tests.Files;

/// <summary>
/// The corpus of real activity files (FIT, GPX, TCX from devices and other parsers' test suites, with their
/// licences and the facts their projects assert): <c>tests/corpus/</c> in the repository (a copy of the team's
/// shared corpus, so that a fresh clone has it), or the folder in FITNESSAPP_CORPUS.
/// </summary>
internal static class Corpus
{
    public static string Folder { get; } = Locate();

    public static string PathOf(string relative) => Path.Combine(Folder, relative);

    public static FileStream Open(string relative) => File.OpenRead(PathOf(relative));

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("FITNESSAPP_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var root = typeof(Corpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var folder = Path.GetFullPath(Path.Combine(root, "tests", "corpus"));
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"The activity-file corpus was not found at {folder}; set FITNESSAPP_CORPUS.");
    }
}
