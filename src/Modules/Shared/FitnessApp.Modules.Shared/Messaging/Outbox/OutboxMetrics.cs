using System.Diagnostics.Metrics;

namespace FitnessApp.Modules.Shared.Messaging.Outbox;

/// <summary>
/// Meter <c>FitnessApp.Outbox</c>: delivered and failed messages, and the lag between an event and its
/// delivery (watch with <c>dotnet-counters monitor -n FitnessApp.Host --counters FitnessApp.Outbox</c>).
/// </summary>
public sealed class OutboxMetrics : IDisposable
{
    public const string MeterName = "FitnessApp.Outbox";

    private readonly Meter _meter;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _lag;

    public OutboxMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _delivered = _meter.CreateCounter<long>("fitnessapp.outbox.delivered", unit: "{message}", description: "Integration events delivered to every handler.");
        _failed = _meter.CreateCounter<long>("fitnessapp.outbox.failed", unit: "{attempt}", description: "Delivery attempts that failed and will be retried.");
        _lag = _meter.CreateHistogram<double>("fitnessapp.outbox.lag", unit: "ms", description: "Time from an event's occurrence to its delivery.");
    }

    public void Delivered(string type, TimeSpan lag)
    {
        var tag = new KeyValuePair<string, object?>("event", type);
        _delivered.Add(1, tag);
        _lag.Record(Math.Max(0, lag.TotalMilliseconds), tag);
    }

    public void Failed(string type) => _failed.Add(1, new KeyValuePair<string, object?>("event", type));

    public void Dispose() => _meter.Dispose();
}
