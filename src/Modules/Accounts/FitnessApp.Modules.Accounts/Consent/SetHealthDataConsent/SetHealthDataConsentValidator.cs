using FluentValidation;

namespace FitnessApp.Modules.Accounts.Consent.SetHealthDataConsent;

internal sealed class SetHealthDataConsentValidator : AbstractValidator<SetHealthDataConsent>
{
    public SetHealthDataConsentValidator() =>
        RuleFor(r => r.Granted).NotNull().WithMessage("'granted' is required: true to give the consent, false to withdraw it.");
}
