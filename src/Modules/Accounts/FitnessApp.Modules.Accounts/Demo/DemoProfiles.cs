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
                user.Bio = "Бегаю марафоны и горные трейлы. Следующая цель: Эльтон.";
                break;
            case "mark@demo.fitnessapp.local":
                Set(user, "Copenhagen", "DK", new DateOnly(1985, 7, 2), Sex.Male, 182, 78, 184, 55, "en", "Europe/Copenhagen", Sport.Cycling);
                user.Bio = "Commuter turned gran fondo rider. Coffee stops are part of the plan.";
                break;
            case "lena@demo.fitnessapp.local":
                Set(user, "Berlin", "DE", new DateOnly(1995, 11, 30), Sex.Female, 170, 62, 195, 46, "en", "Europe/Berlin", Sport.Running, Sport.PoolSwimming);
                user.Bio = "Training for my first triathlon: running is fine, swimming is a work in progress.";
                break;
            case "ivan@demo.fitnessapp.local":
                Set(user, "Saint Petersburg", "RU", new DateOnly(1979, 1, 20), Sex.Male, 178, 84, 180, 58, "ru", "Europe/Moscow", Sport.Skiing, Sport.Strength);
                user.Bio = "Лыжи зимой, зал круглый год.";
                user.ProfileVisibility = ProfileVisibility.FollowersOnly;
                break;
            case "sofia@demo.fitnessapp.local":
                Set(user, "Rome", "IT", new DateOnly(1990, 6, 8), Sex.Female, 160, 54, 186, 62, "en", "Europe/Rome", Sport.Yoga, Sport.Walking);
                user.Bio = "Yoga teacher. Long walks through the old town count as training.";
                break;
            case "tom@demo.fitnessapp.local":
                Set(user, "Denver", "US", new DateOnly(1988, 9, 15), Sex.Male, 185, 90, 186, 60, "en", "America/Denver", Sport.Hiking, Sport.TrailRunning);
                user.Bio = "Fourteeners on weekends, trail runs on weekdays.";
                user.Units = UnitSystem.Imperial;
                break;
            case "operator@demo.fitnessapp.local":
                Set(user, "Berlin", "DE", new DateOnly(1987, 4, 22), Sex.Female, 172, 64, 188, 52, "en", "Europe/Berlin", Sport.Running);
                user.Bio = "FitnessApp support. Ask me anything about your data.";
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
