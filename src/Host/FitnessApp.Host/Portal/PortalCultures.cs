using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace FitnessApp.Host.Portal;

/// <summary>The portal's languages: the culture cookie wins, then the browser's Accept-Language, then English.</summary>
internal static class PortalCultures
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> Supported = [Default, "ru"];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static RequestLocalizationOptions Options()
    {
        var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()],
        };
    }
}
