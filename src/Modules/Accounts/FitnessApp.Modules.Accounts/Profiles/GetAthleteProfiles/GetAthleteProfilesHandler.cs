using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Profiles.GetAthleteProfiles;

internal sealed class GetAthleteProfilesHandler(AccountsDbContext db)
    : IRequestHandler<Contracts.Profiles.GetAthleteProfiles, IReadOnlyList<AthleteProfile>>
{
    public async Task<IReadOnlyList<AthleteProfile>> Handle(Contracts.Profiles.GetAthleteProfiles request, CancellationToken cancellationToken)
    {
        var ids = request.UserIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var users = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(cancellationToken);
        return users
            .Select(u => new AthleteProfile(u.Id, u.DisplayName, null, Sex.Unspecified, null, null, null, null, UnitSystem.Metric, "en", "UTC", DefaultVisibility.Private))
            .ToList();
    }
}
