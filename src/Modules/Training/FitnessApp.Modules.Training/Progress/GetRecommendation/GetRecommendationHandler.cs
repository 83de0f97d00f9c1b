using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Progress.GetRecommendation;

internal sealed class GetRecommendationHandler(TrainingDbContext db, TimeProvider clock, IMediator mediator) : IRequestHandler<GetRecommendation, RecommendationResponse>
{
    private const int RecentDays = 28;
    private const int ShownDays = 7;

    public async Task<RecommendationResponse> Handle(GetRecommendation request, CancellationToken cancellationToken)
    {
        var profile = await AthleteProfiles.LoadAsync(mediator, request.OwnerId, cancellationToken);
        var today = AthleteProfiles.Today(profile, clock);
        var loads = await ProgressQueries.DailyLoadsAsync(db, request.OwnerId, today, cancellationToken);
        var series = FitnessModel.Series(loads, today.AddDays(-RecentDays), today);
        var yesterday = series[^2];
        var lastDays = series.Skip(series.Count - 1 - ShownDays).Take(ShownDays).ToList();
        var input = new RecommendationInput(yesterday.Fitness, yesterday.Fatigue, yesterday.Form, series[^1].Load, lastDays.Select(d => d.Load).ToList());
        var (intensity, reason) = Recommendations.Decide(input, series.Skip(1).Any(d => d.Load > 0));
        return new RecommendationResponse(
            today,
            intensity,
            reason,
            Math.Round(input.Fitness, 1),
            Math.Round(input.Fatigue, 1),
            Math.Round(input.Form, 1),
            Math.Round(input.TodayLoad, 1),
            Math.Round(lastDays.Sum(d => d.Load), 1),
            lastDays.Select(d => new DailyLoad(d.Date, Math.Round(d.Load, 1))).ToList());
    }
}
