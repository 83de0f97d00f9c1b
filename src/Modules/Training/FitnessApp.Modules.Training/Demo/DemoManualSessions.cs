using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Activities.RecordActivity;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;

namespace FitnessApp.Modules.Training.Demo;

/// <summary>Workouts a demo athlete enters by hand: strength (with exercises and sets), yoga, pool swims, trainer rides.</summary>
internal static class DemoManualSessions
{
    public static RecordActivity Create(
        Guid athleteId, DemoAthletePersona persona, DemoSession session, DateTimeOffset start, int week, Visibility visibility, Random random)
    {
        var minutes = session.Minutes + random.Next(-5, 6);
        var elapsed = minutes * 60;
        var (moving, distance, heartRate) = session.Sport switch
        {
            Sport.PoolSwimming => ((int)(elapsed * 0.8), Math.Round(minutes * 0.8 * (38 + random.Next(0, 8)) / 25) * 25, 0.62),
            Sport.IndoorCycling => (elapsed, Math.Round(minutes * 0.5 * 1000 / 100) * 100, 0.72),
            Sport.Strength => (elapsed, (double?)null, 0.45),
            _ => (elapsed, (double?)null, 0.3),
        };
        var reserve = persona.MaxHeartRate - persona.RestingHeartRate;
        var average = (int)Math.Round(persona.RestingHeartRate + reserve * heartRate + random.Next(-4, 5));
        return new RecordActivity(
            athleteId,
            WireNames.Of(session.Sport),
            session.Title,
            start,
            persona.TimeZone,
            elapsed,
            moving,
            distance,
            null,
            average,
            Math.Min(persona.MaxHeartRate, average + 20 + random.Next(0, 15)),
            null,
            Math.Clamp(session.PerceivedEffort + random.Next(-1, 2), 1, 10),
            null,
            WireNames.Of(visibility),
            null,
            session.Sport is Sport.Strength ? Exercises(session.Title, week) : null);
    }

    /// <summary>A progressive gym session: the weights go up by 2.5 kg every four weeks.</summary>
    private static List<ExerciseInput> Exercises(string title, int week)
    {
        var step = 2.5 * (week / 4);
        var lower = title.Contains("lower", StringComparison.OrdinalIgnoreCase);
        return lower
            ?
            [
                Exercise("Back squat", 4, 8, 50 + step, 120),
                Exercise("Romanian deadlift", 3, 10, 40 + step, 90),
                Exercise("Walking lunge", 3, 12, 12, 60),
            ]
            :
            [
                Exercise("Bench press", 4, 8, 32.5 + step, 120),
                Exercise("Pull-up", 3, 6, 0, 90),
                Exercise("Overhead press", 3, 10, 20 + step / 2, 90),
            ];
    }

    private static ExerciseInput Exercise(string name, int sets, int reps, double weightKg, int restSeconds) =>
        new(name, Enumerable.Range(0, sets).Select(_ => new SetInput(reps, weightKg, restSeconds)).ToList());
}
