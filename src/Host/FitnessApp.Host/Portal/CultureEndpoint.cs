using FitnessApp.Modules.Shared.Web;
using Microsoft.AspNetCore.Localization;

namespace FitnessApp.Host.Portal;

/// <summary>The header's language switch: stores the chosen culture in the culture cookie and goes back (locally only).</summary>
internal static class CultureEndpoint
{
    public const string Path = "/culture";

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, string? culture, string? returnUrl) =>
            {
                if (PortalCultures.IsSupported(culture))
                {
                    context.Response.Cookies.Append(
                        CookieRequestCultureProvider.DefaultCookieName,
                        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!.ToLowerInvariant())),
                        new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
                }

                return TypedResults.LocalRedirect(LocalUrl.OrRoot(returnUrl));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }
}
