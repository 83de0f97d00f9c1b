using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FitnessApp.Modules.Social.Groups.Events.Reminders;

/// <summary>Every 15 minutes: reminders of group events starting within the next 24 hours (<see cref="EventReminders"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class EventReminderJob(IServiceScopeFactory scopes, ILogger<EventReminderJob> logger) : IJob
{
    public const string Name = "group-event-reminders";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<EventReminders>().SendDueAsync(cancellationToken);
        logger.LogInformation("Group event reminders: {Sent} sent", sent);
    }
}
