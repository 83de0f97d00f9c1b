using FluentValidation;

namespace FitnessApp.Modules.Accounts.Legal.AcceptTerms;

internal static class TermsVersionRule
{
    /// <summary>The accepted version must be the one in force: accepting an older text (or none) is not accepting.</summary>
    public static IRuleBuilderOptions<T, string?> CurrentTermsVersion<T>(this IRuleBuilder<T, string?> rule, LegalOptions legal, string field) =>
        rule.Must(version => version == legal.TermsVersion)
            .WithMessage($"'{field}' must be the version of the terms and privacy policy in force, {legal.TermsVersion} (read {LegalPaths.Terms} and {LegalPaths.Privacy}).");
}
