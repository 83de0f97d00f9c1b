using FluentValidation;

namespace FitnessApp.Modules.Devices.Providers.Callback;

internal sealed class CompleteConnectionValidator : AbstractValidator<CompleteConnection>
{
    public CompleteConnectionValidator()
    {
        RuleFor(r => r.State).NotEmpty().MaximumLength(Domain.ProviderAuthorization.StateMaxLength);
        RuleFor(r => r.Code).NotEmpty().When(r => string.IsNullOrEmpty(r.Error)).MaximumLength(2000);
    }
}
