using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Accounts.Demo;

/// <summary>Believable profiles for the demo athletes, so that zones, TRIMP and calories have data to work with.</summary>
internal static class DemoProfiles
{
    public static void Apply(User user)
    {
        switch (user.Email)
        {
            case "anna@demo.fitnessapp.local":
                Set(user, "Moscow", "RU", new DateOnly(1992, 3, 14), Sex.Female, 165, 57, 190, 50, "ru", "Europe/Moscow", Sport.Running, Sport.TrailRunning);
                break;
            case "mark@demo.fitnessapp.local":
                Set(user, "Copenhagen", "DK", new DateOnly(1985, 7, 2), Sex.Male, 182, 78, null, 55, "en", "Europe/Copenhagen", Sport.Cycling);
                break;
            case "lena@demo.fitnessapp.local":
                Set(user, "Berlin", "DE", new DateOnly(1995, 11, 30), Sex.Female, 170, 62, 195, 46, "en", "Europe/Berlin", Sport.Running, Sport.PoolSwimming);
                break;
            case "ivan@demo.fitnessapp.local":
                Set(user, "Saint Petersburg", "RU", new DateOnly(1979, 1, 20), Sex.Male, 178, 84, 180, 58, "ru", "Europe/Moscow", Sport.Skiing, Sport.Strength);
                break;
            case "sofia@demo.fitnessapp.local":
                Set(user, "Rome", "IT", new DateOnly(1990, 6, 8), Sex.Female, 160, 54, null, null, "en", "Europe/Rome", Sport.Yoga, Sport.Walking);
                break;
            case "tom@demo.fitnessapp.local":
                Set(user, "Denver", "US", new DateOnly(1988, 9, 15), Sex.Male, 185, 90, 186, 60, "en", "America/Denver", Sport.Hiking, Sport.TrailRunning);
                user.Units = UnitSystem.Imperial;
                break;
        }
    }

    private static void Set(
        User user, string city, string country, DateOnly birthDate, Sex sex, double heightCm, double weightKg,
        int? maxHeartRate, int? restingHeartRate, string language, string timeZone, params Sport[] sports)
    {
        user.City = city;
        user.Country = country;
        user.BirthDate = birthDate;
        user.Sex = sex;
        user.HeightCm = heightCm;
        user.WeightKg = weightKg;
        user.MaxHeartRate = maxHeartRate;
        user.RestingHeartRate = restingHeartRate;
        user.Language = language;
        user.TimeZone = timeZone;
        user.PreferredSports = [.. sports];
        user.DefaultActivityVisibility = DefaultVisibility.Public;
    }
}
