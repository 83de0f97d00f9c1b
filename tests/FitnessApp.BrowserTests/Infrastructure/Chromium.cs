namespace FitnessApp.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium (installed with apt; Playwright's own browser download does not work here).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>On CI a missing browser fails the run; elsewhere the browser tests are skipped.</summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingMessage =>
        $"Chromium was not found at {ExecutablePath}. Install it with 'apt-get install -y chromium' (build/test.sh does this).";
}
