using FitnessApp.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.Security.Passwords;

/// <summary>Identity's hook: every password that Identity sets (registration, reset, change) passes through it.</summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password) =>
        Task.FromResult(BreachedPasswords.IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = BreachedPasswords.ErrorCode, Description = BreachedPasswords.Message })
            : IdentityResult.Success);
}
