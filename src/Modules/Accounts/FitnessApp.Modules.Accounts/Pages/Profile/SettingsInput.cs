using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Me;
using FitnessApp.Modules.Accounts.Me.UpdateSettings;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Accounts.Pages.Profile;

/// <summary>The settings form; enums as their wire names, which the select options use as values.</summary>
internal sealed class SettingsInput
{
    public string Units { get; set; } = string.Empty;

    public string Language { get; set; } = ProfileRules.DefaultLanguage;

    public string TimeZone { get; set; } = ProfileRules.DefaultTimeZone;

    public string DefaultActivityVisibility { get; set; } = string.Empty;

    public string ProfileVisibility { get; set; } = string.Empty;

    public static SettingsInput From(SettingsResponse settings) => new()
    {
        Units = WireNames.Of(settings.Units),
        Language = settings.Language,
        TimeZone = settings.TimeZone,
        DefaultActivityVisibility = WireNames.Of(settings.DefaultActivityVisibility),
        ProfileVisibility = WireNames.Of(settings.ProfileVisibility),
    };

    public UpdateSettings ToRequest(Guid userId) => new(userId, Units, Language, TimeZone, DefaultActivityVisibility, ProfileVisibility);
}
