namespace FitnessApp.Host.Portal;

/// <summary>Redirect targets taken from a request: only paths of this site, never another host (open redirect).</summary>
internal static class LocalUrl
{
    public static string OrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
