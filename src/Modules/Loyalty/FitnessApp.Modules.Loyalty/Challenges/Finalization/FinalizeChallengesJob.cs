using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FitnessApp.Modules.Loyalty.Challenges.Finalization;

/// <summary>Every few minutes: finalizes the challenges whose end has passed (<see cref="ChallengeFinalizer"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class FinalizeChallengesJob(IServiceScopeFactory scopes, ILogger<FinalizeChallengesJob> logger) : IJob
{
    public const string Name = "finalize-challenges";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var finalized = await scope.ServiceProvider.GetRequiredService<ChallengeFinalizer>().FinalizeDueAsync(cancellationToken);
        logger.LogInformation("Challenges finalized: {Finalized}", finalized);
    }
}
