using FitnessApp.Modules.Accounts.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Accounts.Registration.RegisterUser;

internal sealed class RegisterUserValidator : AbstractValidator<RegisterUser>
{
    public const int MinPasswordLength = 12;

    public RegisterUserValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(r => r.Password).NotEmpty().MinimumLength(MinPasswordLength).MaximumLength(256);
        RuleFor(r => r.DisplayName).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("'displayName' must not be empty.")
            .MaximumLength(User.DisplayNameMaxLength);
    }
}
