using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FitnessApp.Modules.Social.Notifications.Email;

/// <summary>Every minute: emails the notifications that wait for it (see <see cref="NotificationEmailDispatch"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class NotificationEmailJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = "notification-emails";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationEmailDispatch>().RunAsync(cancellationToken);
    }
}
