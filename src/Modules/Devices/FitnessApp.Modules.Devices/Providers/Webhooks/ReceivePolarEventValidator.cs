using System.Text.Json;
using FitnessApp.Modules.Devices.Providers.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

internal sealed class ReceivePolarEventValidator : AbstractValidator<ReceivePolarEvent>
{
    public ReceivePolarEventValidator()
    {
        RuleFor(r => r.Event.Event).Must(e => e is "EXERCISE" or "PING")
            .OverridePropertyName("event").WithMessage("'event' must be 'EXERCISE' or 'PING'.");
        When(r => r.Event.Event == "EXERCISE", () =>
        {
            RuleFor(r => r.Event.UserId).Must(id => ReceivePolarEventHandler.UserIdOf(id) is not null)
                .OverridePropertyName("user_id").WithMessage("'user_id' is required.");
            RuleFor(r => r.Event.EntityId).NotEmpty().MaximumLength(ProviderEvent.ObjectIdMaxLength).OverridePropertyName("entity_id");
            RuleFor(r => r.Event.Url).NotEmpty().MaximumLength(ProviderEvent.UrlMaxLength)
                .Must(u => Uri.TryCreate(u, UriKind.Absolute, out _)).WithMessage("'url' must be an absolute URL.").OverridePropertyName("url");
        });
    }
}
