using FitnessApp.Modules.Accounts.Avatars;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Profiles.GetAthleteProfiles;

/// <summary>One query for all the ids asked for; unknown ids are left out.</summary>
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

        var profiles = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                Profile = new AthleteProfile(
                    u.Id,
                    u.DisplayName,
                    u.BirthDate,
                    u.Sex,
                    u.HeightCm,
                    u.WeightKg,
                    u.MaxHeartRate,
                    u.RestingHeartRate,
                    u.Units,
                    u.Language,
                    u.TimeZone,
                    u.DefaultActivityVisibility,
                    null,
                    AthleteProfileVisibility.Public,
                    u.City,
                    u.Country,
                    u.Bio,
                    null),
                u.AvatarVersion,
                u.ProfileVisibility,
                u.PreferredSports,
            })
            .ToListAsync(cancellationToken);
        return profiles.Select(p => p.Profile with
        {
            AvatarUrl = AvatarLinks.Of(p.Profile.UserId, p.AvatarVersion),
            ProfileVisibility = p.ProfileVisibility == ProfileVisibility.FollowersOnly ? AthleteProfileVisibility.FollowersOnly : AthleteProfileVisibility.Public,
            PreferredSports = p.PreferredSports.Select(WireNames.Of).ToList(),
        }).ToList();
    }
}
