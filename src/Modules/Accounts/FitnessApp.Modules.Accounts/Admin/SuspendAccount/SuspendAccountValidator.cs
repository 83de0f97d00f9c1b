using FitnessApp.Modules.Accounts.Admin.LockUser;
using FluentValidation;

namespace FitnessApp.Modules.Accounts.Admin.SuspendAccount;

internal sealed class SuspendAccountValidator : AbstractValidator<Contracts.Security.SuspendAccount>
{
    public SuspendAccountValidator(TimeProvider clock)
    {
        RuleFor(c => c.Until).Must(until => until > clock.GetUtcNow()).WithMessage("'until' must be in the future.");
        RuleFor(c => c.Reason).MaximumLength(LockUser.LockUser.ReasonMaxLength);
    }
}
