using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Passwords;
using FluentValidation;

namespace FitnessApp.Modules.Accounts.Registration.RegisterUser;

internal sealed class RegisterUserValidator : AbstractValidator<RegisterUser>
{
    public const int MinPasswordLength = PasswordRules.MinLength;

    public RegisterUserValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(r => r.Password).NewPassword();
        RuleFor(r => r.DisplayName).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("'displayName' must not be empty.")
            .MaximumLength(User.DisplayNameMaxLength);
    }
}
