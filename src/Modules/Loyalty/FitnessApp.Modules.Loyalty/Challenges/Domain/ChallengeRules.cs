using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Challenges.Domain;

/// <summary>What counts toward a challenge: pure functions of the challenge and one activity or one day.</summary>
internal static class ChallengeRules
{
    /// <summary>The activity's amount toward the goal, or null when it does not count (outside the period, another sport, a steps goal).</summary>
    public static double? ActivityAmount(Challenge challenge, Sport sport, DateTime startTime, double? distanceMeters, int movingSeconds, double? elevationGainMeters)
    {
        if (challenge.Goal == ChallengeGoal.Steps || startTime < challenge.StartsAt || startTime >= challenge.EndsAt
            || (challenge.Sports.Count > 0 && !challenge.Sports.Contains(sport)))
        {
            return null;
        }

        return challenge.Goal switch
        {
            ChallengeGoal.Distance => Math.Max(0, distanceMeters ?? 0),
            ChallengeGoal.MovingTime => Math.Max(0, movingSeconds),
            ChallengeGoal.Elevation => Math.Max(0, elevationGainMeters ?? 0),
            _ => 1,
        };
    }

    /// <summary>The day's steps toward a steps goal, or null when the day is outside the period or the goal is not steps.</summary>
    public static double? StepsAmount(Challenge challenge, DateOnly date, int steps)
    {
        if (challenge.Goal != ChallengeGoal.Steps)
        {
            return null;
        }

        var (first, last) = Days(challenge);
        return date < first || date > last ? null : Math.Max(0, steps);
    }

    /// <summary>The local dates a steps challenge covers: the day it starts to the day holding its last instant.</summary>
    public static (DateOnly First, DateOnly Last) Days(Challenge challenge) =>
        (DateOnly.FromDateTime(challenge.StartsAt), DateOnly.FromDateTime(challenge.EndsAt.AddTicks(-1)));

    /// <summary>
    /// Replaces one source's amount: returns the participant's new progress. The time of the last change moves only when
    /// the progress does, so re-delivering the same amount keeps an athlete's place in a tie.
    /// </summary>
    public static void Apply(ChallengeParticipant participant, double oldAmount, double newAmount, DateTime now)
    {
        var progress = Math.Max(0, participant.Progress - oldAmount + newAmount);
        if (Math.Abs(progress - participant.Progress) < 1e-9)
        {
            return;
        }

        participant.Progress = progress;
        participant.ProgressAt = now;
    }
}
