using System.Collections.Concurrent;
using MediatR;

namespace FitnessApp.IntegrationTests.Jobs;

/// <summary>Records the ids of the <see cref="ProbeEvent"/>s that reached a handler.</summary>
public sealed class ProbeDeliveries : INotificationHandler<ProbeEvent>
{
    private static readonly ConcurrentDictionary<Guid, int> Delivered = new();

    public static int CountOf(Guid id) => Delivered.TryGetValue(id, out var count) ? count : 0;

    public Task Handle(ProbeEvent notification, CancellationToken cancellationToken)
    {
        Delivered.AddOrUpdate(notification.Id, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
