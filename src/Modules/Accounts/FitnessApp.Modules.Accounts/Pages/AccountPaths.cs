using FitnessApp.Modules.Accounts.Identity;

namespace FitnessApp.Modules.Accounts.Pages;

/// <summary>The portal addresses of the Accounts pages (the shell links to them by URL: see the host's PortalPaths).</summary>
internal static class AccountPaths
{
    public const string Home = "/home";
    public const string Login = IdentitySetup.LoginPath;
    public const string Register = "/account/register";
    public const string AccessDenied = IdentitySetup.AccessDeniedPath;
    public const string Logout = IdentitySetup.LogoutPath;

    /// <summary>A redirect target from a request: a path of this site, never another host (open redirect).</summary>
    internal static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
