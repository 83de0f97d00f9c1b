using FluentValidation;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

internal sealed class ReceiveStravaEventValidator : AbstractValidator<ReceiveStravaEvent>
{
    public ReceiveStravaEventValidator()
    {
        RuleFor(r => r.Event.ObjectType).Must(t => t is "activity" or "athlete")
            .OverridePropertyName("object_type").WithMessage("'object_type' must be 'activity' or 'athlete'.");
        RuleFor(r => r.Event.AspectType).Must(t => t is "create" or "update" or "delete")
            .OverridePropertyName("aspect_type").WithMessage("'aspect_type' must be 'create', 'update' or 'delete'.");
        RuleFor(r => r.Event.ObjectId).NotNull().GreaterThan(0).OverridePropertyName("object_id");
        RuleFor(r => r.Event.OwnerId).NotNull().GreaterThan(0).OverridePropertyName("owner_id");
    }
}
