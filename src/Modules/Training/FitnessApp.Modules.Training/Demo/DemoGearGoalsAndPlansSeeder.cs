using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Gear.CreateGear;
using FitnessApp.Modules.Training.Goals.CreateGoal;
using FitnessApp.Modules.Training.Plans.Enrolments.EnrolInPlan;
using FitnessApp.Modules.Training.Plans.Seeding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Demo;

/// <summary>
/// After the demo workouts exist: each demo athlete's gear (assigned to their past workouts of its sports, some of
/// it close to retirement), goals, and for some a training plan started this week. Each part is skipped for an
/// athlete who already has it, so the seeder runs once.
/// </summary>
internal sealed class DemoGearGoalsAndPlansSeeder(IMediator mediator, TrainingDbContext db, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        foreach (var athlete in context.Athletes)
        {
            if (!Extras.TryGetValue(athlete.Email, out var extras))
            {
                continue;
            }

            if (!await db.Gear.AnyAsync(g => g.OwnerId == athlete.UserId, cancellationToken))
            {
                foreach (var gear in extras.Gear)
                {
                    await AddGearAsync(athlete.UserId, gear, cancellationToken);
                }
            }

            if (!await db.Goals.AnyAsync(g => g.OwnerId == athlete.UserId, cancellationToken))
            {
                foreach (var goal in extras.Goals)
                {
                    await mediator.Send(goal with { OwnerId = athlete.UserId }, cancellationToken);
                }
            }

            if (extras.Plan is { } plan && !await db.PlanEnrolments.AnyAsync(e => e.AthleteId == athlete.UserId, cancellationToken))
            {
                await mediator.Send(new EnrolInPlan(athlete.UserId, plan, ThisMonday()), cancellationToken);
            }
        }
    }

    /// <summary>Creates the gear, then puts it on every earlier workout of its sports that has no gear yet.</summary>
    private async Task AddGearAsync(Guid athleteId, CreateGear gear, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(gear with { OwnerId = athleteId }, cancellationToken);
        var sports = created.Sports.ToList();
        var activities = await db.Activities
            .Where(a => a.OwnerId == athleteId && a.GearId == null && sports.Contains(a.Sport))
            .ToListAsync(cancellationToken);
        activities.ForEach(a => a.GearId = created.Id);
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateOnly ThisMonday() => IsoWeek.MondayOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    private sealed record AthleteExtras(IReadOnlyList<CreateGear> Gear, IReadOnlyList<CreateGoal> Goals, Guid? Plan = null);

    private static CreateGear Shoes(string name, string brand, double initialKm, double thresholdKm, params string[] sports) =>
        new(Guid.Empty, "shoes", name, brand, null, sports, initialKm * 1000, thresholdKm * 1000);

    private static CreateGear Bike(string name, string brand, double initialKm, params string[] sports) =>
        new(Guid.Empty, "bike", name, brand, null, sports, initialKm * 1000, null);

    private static CreateGoal Goal(string period, string metric, string? sport, double target, string title) =>
        new(Guid.Empty, period, metric, sport, target, title);

    private static readonly Dictionary<string, AthleteExtras> Extras = new()
    {
        ["anna@demo.fitnessapp.local"] = new(
            [Shoes("Daily trainers", "Nike", 120, 700, "running")],
            [Goal("week", "distance", "running", 40_000, "40 km a week"), Goal("month", "distance", "running", 160_000, "160 km a month")],
            SeededPlans.TenKilometreId),
        ["mark@demo.fitnessapp.local"] = new(
            [Bike("Endurance bike", "Canyon", 4_200, "cycling"), Shoes("Easy runners", "Asics", 80, 800, "running")],
            [Goal("week", "distance", "cycling", 150_000, "150 km on the bike")]),
        ["lena@demo.fitnessapp.local"] = new(
            [Bike("Tri bike", "Cube", 2_500, "cycling"), Shoes("Race flats", "Adidas", 300, 600, "running")],
            [Goal("week", "count", null, 5, "Five sessions a week"), Goal("month", "distance", "running", 120_000, "120 km running")]),
        ["ivan@demo.fitnessapp.local"] = new(
            [Shoes("Hiking boots", "Salomon", 150, 1_500, "walking", "hiking")],
            [Goal("week", "distance", "walking", 25_000, "25 km of walks")]),
        ["sofia@demo.fitnessapp.local"] = new(
            [Shoes("Trail shoes", "Hoka", 420, 720, "trailRunning", "running")],
            [Goal("month", "count", null, 16, "Sixteen workouts a month")],
            SeededPlans.StrengthId),
        ["tom@demo.fitnessapp.local"] = new(
            [Shoes("Old faithfuls", "New Balance", 720, 800, "running", "walking")],
            [Goal("week", "distance", "running", 15_000, "15 km a week")],
            SeededPlans.FiveKilometreBeginnerId),
    };
}
