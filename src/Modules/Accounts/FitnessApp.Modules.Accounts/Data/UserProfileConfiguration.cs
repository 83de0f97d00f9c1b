using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Accounts.Data;

/// <summary>The profile and settings columns of the Users table (migration 20261121150000_Profiles).</summary>
internal static class UserProfileConfiguration
{
    public static void ConfigureProfile(this EntityTypeBuilder<User> user)
    {
        user.Property(u => u.Bio).HasMaxLength(ProfileRules.BioMaxLength);
        user.Property(u => u.City).HasMaxLength(ProfileRules.CityMaxLength);
        user.Property(u => u.Country).HasMaxLength(2);
        user.Property(u => u.Language).HasMaxLength(ProfileRules.LanguageMaxLength);
        user.Property(u => u.TimeZone).HasMaxLength(ProfileRules.TimeZoneMaxLength);

        // A short list read and written whole: one comma-separated column of wire names, the same on every provider.
        user.Property(u => u.PreferredSports)
            .HasMaxLength(ProfileRules.PreferredSportsMaxLength)
            .HasConversion(
                sports => string.Join(',', sports.Select(WireNames.Of)),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(WireNames.Parse<Sport>).ToList(),
                new ValueComparer<List<Sport>>(
                    (a, b) => a!.SequenceEqual(b!),
                    sports => sports.Aggregate(0, (hash, sport) => HashCode.Combine(hash, sport)),
                    sports => sports.ToList()));
    }
}
