using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Challenges.Finalization;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges;

/// <summary>
/// A running 100 km challenge that the demo athletes joined (progress as seeded contributions) and a finished 10-hour
/// challenge, finalized at once so its points and badges are awarded. Skipped when the running one exists.
/// </summary>
internal sealed class ChallengesDemoSeeder(LoyaltyDbContext db, ChallengeFinalizer finalizer, TimeProvider clock) : IDemoSeeder
{
    public const string RunningTitle = "100 km this month";
    public const string FinishedTitle = "10 hours of training";

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var athletes = context.Athletes.Select(a => a.UserId).ToList();
        if (athletes.Count == 0 || await db.Challenges.AnyAsync(c => c.Title == RunningTitle, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = now.Date;
        var running = Add(RunningTitle, "Run, walk or hike 100 km within 30 days.", ChallengeGoal.Distance, 100_000, [Sport.Running, Sport.TrailRunning, Sport.Walking, Sport.Hiking], today.AddDays(-10), today.AddDays(20), athletes[0], now);
        var finished = Add(FinishedTitle, "Ten hours of moving time in two weeks, any sport.", ChallengeGoal.MovingTime, 36_000, [], today.AddDays(-20), today.AddDays(-6), athletes[0], now);
        for (var i = 0; i < athletes.Count; i++)
        {
            Join(running, athletes[i], 85_000 - (i * 17_500), now.AddDays(-1).AddHours(-i));
            Join(finished, athletes[i], 40_000 - (i * 9_000), finished.EndsAt.AddDays(-1).AddHours(-i));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await finalizer.FinalizeDueAsync(cancellationToken);
    }

    private Challenge Add(string title, string description, ChallengeGoal goal, double value, List<Sport> sports, DateTime start, DateTime end, Guid creator, DateTime now)
    {
        var challenge = new Challenge
        {
            Title = title, Description = description, Goal = goal, GoalValue = value, Sports = sports, StartsAt = start, EndsAt = end,
            FinisherPoints = 200, FirstPlacePoints = 300, SecondPlacePoints = 200, ThirdPlacePoints = 100, CreatedById = creator, CreatedAt = now, UpdatedAt = now,
        };
        db.Challenges.Add(challenge);
        return challenge;
    }

    private void Join(Challenge challenge, Guid athlete, double progress, DateTime at)
    {
        var amount = Math.Max(0, progress);
        challenge.ParticipantCount++;
        db.ChallengeParticipants.Add(new ChallengeParticipant
        {
            ChallengeId = challenge.Id, UserId = athlete, JoinedAt = challenge.StartsAt.AddHours(1), Progress = amount, ProgressAt = at,
        });
        db.ChallengeContributions.Add(new ChallengeContribution { ChallengeId = challenge.Id, UserId = athlete, Source = "demo", Amount = amount, UpdatedAt = at });
    }
}
