using FitnessApp.Modules.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FitnessApp.Modules.Devices.Providers.Sync;

/// <summary>
/// Processes one queued provider event (input: its id). A rate limit, a network failure or a provider's 5xx fails
/// the run, and Quartz retries it with a growing wait (2 s, 6 s, 18 s, … up to 15 min): the attempts and their
/// exceptions are on /ops/jobs.
/// </summary>
[RetryPolicy(6, "00:00:02", 3, MaxDelay = "00:15:00")]
internal sealed class ProviderEventJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = "provider-events";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var eventId = Guid.Parse(JobInput.Of(context));
        await using var scope = scopes.CreateAsyncScope();
        context.Result = await scope.ServiceProvider.GetRequiredService<ProviderEventProcessor>().ProcessAsync(eventId, cancellationToken);
    }
}
