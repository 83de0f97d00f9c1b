using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.Modules.Accounts.Tests.Avatars;

/// <summary>A theory that needs libgd3 to decode and encode pictures; skipped where it is not installed.</summary>
public sealed class LibGdTheoryAttribute : TheoryAttribute
{
    public LibGdTheoryAttribute()
    {
        if (!GdImage.IsAvailable)
        {
            Skip = "libgd3 (libgd.so.3) is not installed.";
        }
    }
}
