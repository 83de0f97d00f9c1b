using FitnessApp.Modules.Shared.Web;
using FluentValidation;

namespace FitnessApp.Modules.Devices.Registrations.RegisterDevice;

internal sealed class RegisterDeviceValidator : AbstractValidator<RegisterDevice>
{
    public RegisterDeviceValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().Must(WireNames.IsValid<DeviceKind>)
            .WithMessage($"'kind' must be one of: {WireNames.Names<DeviceKind>()}.");
        RuleFor(r => r.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'name' must not be empty.")
            .MaximumLength(DeviceRegistration.NameMaxLength);
    }
}
