using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Training.Activities.RecordActivity;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Training.Demo;

/// <summary>
/// Fills the demo athletes' last <see cref="Weeks"/> weeks with the workouts of their usual week (some skipped at
/// random), recorded the way real ones are: tracks through <see cref="RecordTrackActivity"/> (so every statistic
/// is computed), the rest by hand through <see cref="RecordActivity"/>. An athlete who already has activities is
/// left alone, so the seeder runs once per athlete. Deterministic per athlete; dates are relative to today.
/// </summary>
internal sealed class TrainingDemoSeeder(IMediator mediator, TrainingDbContext db, TimeProvider clock, ILogger<TrainingDemoSeeder> logger) : IDemoSeeder
{
    public const int Weeks = 16;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var athlete in context.Athletes)
        {
            var persona = DemoAthletes.Personas.FirstOrDefault(p => p.Email == athlete.Email);
            if (persona is null || await db.Activities.AnyAsync(a => a.OwnerId == athlete.UserId, cancellationToken))
            {
                continue;
            }

            recorded += await SeedAthleteAsync(athlete.UserId, persona, cancellationToken);
        }

        if (recorded > 0)
        {
            logger.LogInformation("Demo training: {Count} activities over the last {Weeks} weeks", recorded, Weeks);
        }
    }

    private async Task<int> SeedAthleteAsync(Guid athleteId, DemoAthletePersona persona, CancellationToken cancellationToken)
    {
        var random = new Random(StableSeed(persona.Email));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(persona.TimeZone);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var firstDay = IsoWeek.MondayOf(today).AddDays(-7 * (Weeks - 1));
        var count = 0;
        for (var day = firstDay; day <= today; day = day.AddDays(1))
        {
            foreach (var session in persona.Week.Where(s => s.Day == day.DayOfWeek))
            {
                if (random.NextDouble() < persona.SkipChance)
                {
                    continue;
                }

                var local = day.ToDateTime(new TimeOnly(session.Hour, random.Next(0, 45)));
                var start = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
                if (start.AddHours(4) > now)
                {
                    continue;
                }

                var weekIndex = day.DayNumber - firstDay.DayNumber;
                await RecordAsync(athleteId, persona, session, start, weekIndex / 7, random, cancellationToken);
                count++;
            }
        }

        return count;
    }

    private Task RecordAsync(Guid athleteId, DemoAthletePersona persona, DemoSession session, DateTimeOffset start, int week, Random random, CancellationToken cancellationToken)
    {
        var visibility = random.NextDouble() switch
        {
            < 0.8 => Visibility.Public,
            < 0.95 => Visibility.Followers,
            _ => Visibility.Private,
        };
        if (session.DistanceKm is { } range)
        {
            var distance = 1000 * (range.Min + (range.Max - range.Min) * random.NextDouble());
            var fitness = 1 + 0.004 * week; // a little faster every week
            var samples = DemoTrack.Generate(session.Sport, start, distance, session.SpeedKmh / 3.6 * fitness, session.Intensity, persona, session.Hilliness, random);
            return mediator.Send(
                new RecordTrackActivity(athleteId, session.Sport, start, persona.TimeZone, samples, session.Title, visibility, DemoDevices.For(session.Sport)),
                cancellationToken);
        }

        return mediator.Send(DemoManualSessions.Create(athleteId, persona, session, start, week, visibility, random), cancellationToken);
    }

    /// <summary>string.GetHashCode differs per process; the demo must not.</summary>
    private static int StableSeed(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
