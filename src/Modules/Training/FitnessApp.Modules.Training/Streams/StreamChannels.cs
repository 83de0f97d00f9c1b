namespace FitnessApp.Modules.Training.Streams;

/// <summary>The channels a stored stream carries (time is always there). Stored as an int; never renumber.</summary>
[Flags]
internal enum StreamChannels
{
    None = 0,
    Position = 1,
    Altitude = 2,
    Distance = 4,
    HeartRate = 8,
    Cadence = 16,
    Power = 32,
    Speed = 64,
    Temperature = 128,
}
