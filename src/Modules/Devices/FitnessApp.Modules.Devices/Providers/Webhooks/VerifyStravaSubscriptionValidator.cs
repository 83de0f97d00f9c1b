using FluentValidation;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

internal sealed class VerifyStravaSubscriptionValidator : AbstractValidator<VerifyStravaSubscription>
{
    public VerifyStravaSubscriptionValidator()
    {
        RuleFor(r => r.Mode).Equal("subscribe").OverridePropertyName("hub.mode").WithMessage("'hub.mode' must be 'subscribe'.");
        RuleFor(r => r.Challenge).NotEmpty().MaximumLength(500).OverridePropertyName("hub.challenge");
        RuleFor(r => r.VerifyToken).NotEmpty().MaximumLength(500).OverridePropertyName("hub.verify_token");
    }
}
