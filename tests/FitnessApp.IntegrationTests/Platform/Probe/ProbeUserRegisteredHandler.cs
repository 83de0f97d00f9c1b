using FitnessApp.Modules.Accounts.Contracts.Users;
using FitnessApp.Modules.Shared.Messaging.Inbox;

namespace FitnessApp.IntegrationTests.Platform.Probe;

/// <summary>Stores one receipt per delivered event, or fails on purpose while <see cref="ProbeFaults"/> says so.</summary>
public sealed class ProbeUserRegisteredHandler(ProbeDbContext db, TimeProvider clock, ProbeFaults faults)
    : IntegrationEventHandler<UserRegistered, ProbeDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(UserRegistered integrationEvent, CancellationToken cancellationToken)
    {
        faults.ThrowIfFailureDue(integrationEvent.Email);
        Db.Receipts.Add(new ProbeReceipt
        {
            UserId = integrationEvent.UserId,
            Email = integrationEvent.Email,
            EventId = integrationEvent.Id,
            ReceivedAt = Clock.GetUtcNow().UtcDateTime,
        });
        return Task.CompletedTask;
    }
}

/// <summary>Switchable fault injection: the next N deliveries for an email fail.</summary>
public sealed class ProbeFaults
{
    private readonly Dictionary<string, int> _failuresLeft = new(StringComparer.OrdinalIgnoreCase);

    public void FailNext(string email, int times = 1)
    {
        lock (_failuresLeft)
        {
            _failuresLeft[email] = times;
        }
    }

    public void ThrowIfFailureDue(string email)
    {
        lock (_failuresLeft)
        {
            if (_failuresLeft.TryGetValue(email, out var left) && left > 0)
            {
                _failuresLeft[email] = left - 1;
                throw new InvalidOperationException($"Probe handler failure injected for {email}");
            }
        }
    }
}
