using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Legal;
using FitnessApp.Modules.Accounts.Legal.AcceptTerms;
using FitnessApp.Modules.Accounts.Security.Passwords;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Registration.RegisterUser;

internal sealed class RegisterUserValidator : AbstractValidator<RegisterUser>
{
    public const int MinPasswordLength = PasswordRules.MinLength;

    public RegisterUserValidator(IOptions<LegalOptions> legal)
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(r => r.Password).NewPassword();
        RuleFor(r => r.DisplayName).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("'displayName' must not be empty.")
            .MaximumLength(User.DisplayNameMaxLength);
        RuleFor(r => r.AcceptedTermsVersion).CurrentTermsVersion(legal.Value, "acceptedTermsVersion");
    }
}
