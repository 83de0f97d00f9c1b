using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Plans.Domain;

namespace FitnessApp.Modules.Training.Plans.Seeding;

/// <summary>Shorthands for writing the seeded plans.</summary>
internal static class SeedWorkout
{
    public static TemplateWorkout Minutes(int week, DayOfWeek day, Sport sport, int minutes, Intensity intensity, string en, string ru) =>
        new() { Week = week, DayOfWeek = day, Sport = sport, DurationSeconds = minutes * 60, Intensity = intensity, DescriptionEn = en, DescriptionRu = ru };

    public static TemplateWorkout Kilometres(int week, DayOfWeek day, Sport sport, double km, Intensity intensity, string en, string ru) =>
        new() { Week = week, DayOfWeek = day, Sport = sport, DistanceMeters = km * 1000, Intensity = intensity, DescriptionEn = en, DescriptionRu = ru };
}
