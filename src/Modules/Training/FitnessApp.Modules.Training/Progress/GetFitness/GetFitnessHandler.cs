using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Progress.GetFitness;

/// <summary>
/// Loads the whole history's daily loads up to 'to' (one grouped query) and runs <see cref="FitnessModel"/> over it.
/// Defaults: neither given, the 90 days ending today; only 'from', the 90 days from it; only 'to', the 90 days ending then.
/// </summary>
internal sealed class GetFitnessHandler(TrainingDbContext db, TimeProvider clock, IMediator mediator) : IRequestHandler<GetFitness, FitnessResponse>
{
    public async Task<FitnessResponse> Handle(GetFitness request, CancellationToken cancellationToken)
    {
        var (from, to) = await RangeAsync(request, cancellationToken);
        var loads = await ProgressQueries.DailyLoadsAsync(db, request.OwnerId, to, cancellationToken);
        return new FitnessResponse(from, to, FitnessModel.Series(loads, from, to));
    }

    private async Task<(DateOnly From, DateOnly To)> RangeAsync(GetFitness request, CancellationToken cancellationToken)
    {
        var hasFrom = ProgressQueries.TryParseDate(request.From, out var from);
        var hasTo = ProgressQueries.TryParseDate(request.To, out var to);
        if (hasFrom && hasTo)
        {
            return (from, to);
        }

        if (hasFrom)
        {
            return (from, from.AddDays(GetFitness.DefaultDays - 1));
        }

        if (!hasTo)
        {
            var profile = await AthleteProfiles.LoadAsync(mediator, request.OwnerId, cancellationToken);
            to = AthleteProfiles.Today(profile, clock);
        }

        return (to.AddDays(1 - GetFitness.DefaultDays), to);
    }
}
