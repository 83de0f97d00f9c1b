using FluentValidation;

namespace FitnessApp.Modules.Accounts.Admin.LockUser;

internal sealed class LockUserValidator : AbstractValidator<LockUser>
{
    public LockUserValidator(TimeProvider clock)
    {
        RuleFor(c => c.Until).Must(until => until is null || until > clock.GetUtcNow())
            .WithMessage("'until' must be in the future (leave it out to lock without end).");
        RuleFor(c => c.Reason).MaximumLength(LockUser.ReasonMaxLength);
    }
}
