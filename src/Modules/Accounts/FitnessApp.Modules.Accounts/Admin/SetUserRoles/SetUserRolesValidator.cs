using FitnessApp.Modules.Shared.Security;
using FluentValidation;

namespace FitnessApp.Modules.Accounts.Admin.SetUserRoles;

internal sealed class SetUserRolesValidator : AbstractValidator<SetUserRoles>
{
    public SetUserRolesValidator()
    {
        RuleFor(c => c.Roles).NotNull().WithMessage("'roles' must be a list of role names.");
        RuleForEach(c => c.Roles).Must(role => role is not null && PlatformRoles.All.Contains(role))
            .WithMessage($"A role must be one of: {string.Join(", ", PlatformRoles.All)}.");
    }
}
