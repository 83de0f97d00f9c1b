namespace FitnessApp.Modules.Accounts.Legal;

/// <summary>The portal pages with the texts users accept (anonymous).</summary>
internal static class LegalPaths
{
    public const string Terms = "/legal/terms";
    public const string Privacy = "/legal/privacy";
}
