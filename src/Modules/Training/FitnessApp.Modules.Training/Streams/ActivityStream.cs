namespace FitnessApp.Modules.Training.Streams;

/// <summary>
/// The recorded track of one activity, stored as one row: the samples in <see cref="StreamCodec"/>'s format and
/// the statistics computed from them (JSON of <see cref="ActivityStatisticsResponse"/>), so reads never recompute.
/// </summary>
internal sealed class ActivityStream
{
    public Guid ActivityId { get; init; }

    public int SampleCount { get; init; }

    public StreamChannels Channels { get; init; }

    public required byte[] Data { get; init; }

    public required string StatisticsJson { get; init; }
}
