using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Web;
using FluentValidation;
using FluentValidation.Results;

namespace FitnessApp.Modules.Accounts.Me.UpdateSettings;

internal sealed class UpdateSettingsValidator : AbstractValidator<UpdateSettings>
{
    public UpdateSettingsValidator()
    {
        RuleFor(r => r.Units).Must(WireNames.IsValid<UnitSystem>)
            .WithMessage($"'units' must be one of: {WireNames.Names<UnitSystem>()}.");
        RuleFor(r => r.Language).Must(ProfileRules.IsLanguage)
            .WithMessage($"'language' must be one of: {string.Join(", ", ProfileRules.Languages)}.");
        RuleFor(r => r.TimeZone).Must(ProfileRules.IsTimeZone)
            .WithMessage("'timeZone' must be a known IANA time zone id, e.g. Europe/Berlin.");
        RuleFor(r => r.DefaultActivityVisibility).Must(WireNames.IsValid<DefaultVisibility>)
            .WithMessage($"'defaultActivityVisibility' must be one of: {WireNames.Names<DefaultVisibility>()}.");
        RuleFor(r => r.ProfileVisibility).Must(WireNames.IsValid<ProfileVisibility>)
            .WithMessage($"'profileVisibility' must be one of: {WireNames.Names<ProfileVisibility>()}.");
        RuleFor(r => r.EmailNotifications).Custom((kinds, context) =>
        {
            foreach (var (kind, on) in kinds ?? new Dictionary<string, bool?>())
            {
                if (!WireNames.IsValid<EmailNotificationKind>(kind))
                {
                    context.AddFailure(new ValidationFailure(
                        $"emailNotifications.{kind}", $"'{kind}' is not an email notification kind; use: {WireNames.Names<EmailNotificationKind>()}."));
                }
                else if (on is null)
                {
                    context.AddFailure(new ValidationFailure($"emailNotifications.{kind}", $"'emailNotifications.{kind}' must be true or false."));
                }
            }
        });
    }
}
