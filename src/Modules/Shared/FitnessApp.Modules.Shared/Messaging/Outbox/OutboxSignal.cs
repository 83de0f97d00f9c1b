using System.Threading.Channels;

namespace FitnessApp.Modules.Shared.Messaging.Outbox;

/// <summary>
/// Wakes the dispatcher as soon as a transaction with outbox messages commits, so that delivery
/// usually takes milliseconds; the scheduled sweep is only the safety net. Signals coalesce.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) =>
        await _channel.Reader.ReadAsync(cancellationToken);
}
