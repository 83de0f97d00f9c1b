namespace FitnessApp.BrowserTests.Infrastructure;

/// <summary>
/// A browser test: skipped (with the reason) when Chromium is missing on a developer's machine; when
/// <c>CI=true</c> it runs anyway and fails with <see cref="Chromium.MissingMessage"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
