using FluentValidation;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Legal.AcceptTerms;

internal sealed class AcceptTermsValidator : AbstractValidator<AcceptTerms>
{
    public AcceptTermsValidator(IOptions<LegalOptions> legal) =>
        RuleFor(r => r.Version).CurrentTermsVersion(legal.Value, "version");
}
