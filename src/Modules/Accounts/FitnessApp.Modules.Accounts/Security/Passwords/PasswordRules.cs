using FluentValidation;

namespace FitnessApp.Modules.Accounts.Security.Passwords;

/// <summary>The rules of a new password, for every validator that takes one (Identity checks them again when it stores it).</summary>
internal static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 256;

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MinimumLength(MinLength).MaximumLength(MaxLength)
            .Must(password => !BreachedPasswords.IsCommon(password))
            .WithErrorCode(BreachedPasswords.ErrorCode)
            .WithMessage(BreachedPasswords.Message);
}
