namespace FitnessApp.Modules.Shared.Web;

/// <summary>
/// Redirect targets taken from a request (returnUrl): a path of this site or "/", never another host
/// (open redirect). Stricter than ASP.NET Core's own local-URL rule, so LocalRedirect never refuses
/// what this lets through: "//host", "/\host" and any control character or whitespace are refused.
/// </summary>
public static class LocalUrl
{
    public static string OrRoot(string? url) => IsLocal(url) ? url! : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));
}
