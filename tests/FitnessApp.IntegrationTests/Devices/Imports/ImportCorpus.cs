namespace FitnessApp.IntegrationTests.Devices.Imports;

/// <summary>
/// The corpus of real activity files (tests/corpus, or FITNESSAPP_CORPUS), found the way the Devices unit tests find it,
/// but by walking up from the test binaries since this project carries no repository-root attribute.
/// </summary>
internal static class ImportCorpus
{
    public static string Folder { get; } = Locate();

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(Folder, relative));

    public static string PathOf(string relative) => Path.Combine(Folder, relative);

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("FITNESSAPP_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"The activity-file corpus was not found above {AppContext.BaseDirectory}; set FITNESSAPP_CORPUS.");
    }
}
