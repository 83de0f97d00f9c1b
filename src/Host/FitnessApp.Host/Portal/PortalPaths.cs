namespace FitnessApp.Host.Portal;

/// <summary>
/// The Accounts pages the shell links to. Addresses are the contract between the shell and a module's
/// pages (the module's types stay internal); the browser tests follow every one of these links.
/// </summary>
internal static class PortalPaths
{
    public const string Home = "/home";
    public const string Login = "/account/login";
    public const string Register = "/account/register";
}
