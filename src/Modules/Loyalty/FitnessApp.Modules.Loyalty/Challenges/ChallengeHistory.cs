using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;

namespace FitnessApp.Modules.Loyalty.Challenges;

/// <summary>
/// What an athlete recorded within a challenge's period before joining: their activities (all visibilities: the athlete
/// chose to take part) from Training, their daily steps from Devices; one (source, amount) per counting activity or day.
/// </summary>
internal sealed class ChallengeHistory(IMediator mediator)
{
    private const int PageSize = ListAthleteActivities.MaxLimit;

    public async Task<List<(string Source, double Amount)>> SourcesAsync(Challenge challenge, Guid athleteId, DateTime now, CancellationToken cancellationToken)
    {
        if (challenge.StartsAt > now)
        {
            return [];
        }

        return challenge.Goal == ChallengeGoal.Steps
            ? await StepsAsync(challenge, athleteId, now, cancellationToken)
            : await ActivitiesAsync(challenge, athleteId, cancellationToken);
    }

    private async Task<List<(string, double)>> ActivitiesAsync(Challenge challenge, Guid athleteId, CancellationToken cancellationToken)
    {
        var found = new List<(string, double)>();
        string? cursor = null;
        do
        {
            var page = await mediator.Send(
                new ListAthleteActivities(athleteId, [Visibility.Public, Visibility.Followers, Visibility.Private], cursor, PageSize), cancellationToken);
            foreach (var a in page.Items)
            {
                if (ChallengeRules.ActivityAmount(challenge, a.Sport, a.StartTime, a.DistanceMeters, a.MovingSeconds, a.ElevationGainMeters) is { } amount)
                {
                    found.Add((ChallengeContribution.ActivitySource(a.Id), amount));
                }
            }

            // Newest first: once a page reaches before the period, the rest is older still.
            cursor = page.Items.Count > 0 && page.Items[^1].StartTime >= challenge.StartsAt ? page.NextCursor : null;
        }
        while (cursor is not null);

        return found;
    }

    private async Task<List<(string, double)>> StepsAsync(Challenge challenge, Guid athleteId, DateTime now, CancellationToken cancellationToken)
    {
        var (first, last) = ChallengeRules.Days(challenge);
        var today = DateOnly.FromDateTime(now).AddDays(1);
        var days = await mediator.Send(new GetDailyMetrics(athleteId, first, last < today ? last : today), cancellationToken);
        return days
            .Where(d => d.Steps > 0)
            .Select(d => (ChallengeContribution.StepsSource(d.Date), ChallengeRules.StepsAmount(challenge, d.Date, d.Steps!.Value)))
            .Where(x => x.Item2 is not null)
            .Select(x => (x.Item1, x.Item2!.Value))
            .ToList();
    }
}
