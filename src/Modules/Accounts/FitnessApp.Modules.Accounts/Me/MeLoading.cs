using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Legal;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Me;

internal static class MeLoading
{
    /// <summary>The answer to a change of the account (the unit of work saves it after the handler).</summary>
    public static async Task<MeResponse> ResponseAsync(AccountsDbContext db, User user, LegalOptions legal, CancellationToken cancellationToken)
    {
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        return MeResponse.From(user, roles, legal);
    }
}
