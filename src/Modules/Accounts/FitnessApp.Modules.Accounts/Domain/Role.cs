using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.Domain;

internal sealed class Role : IdentityRole<Guid>
{
    public Role()
    {
    }

    public Role(string name)
        : base(name)
    {
    }
}
