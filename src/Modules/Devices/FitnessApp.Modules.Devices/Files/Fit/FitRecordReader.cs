using static FitnessApp.Modules.Devices.Files.Fit.FitProfile;

namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>Turns record messages into samples, accumulating the compressed speed/distance component across records.</summary>
internal sealed class FitRecordReader
{
    private long accumulatedDistance;
    private int lastDistanceBits = -1;

    public void Reset()
    {
        accumulatedDistance = 0;
        lastDistanceBits = -1;
    }

    /// <summary>Adds the record's sample; false when the record cannot be one.</summary>
    public bool Read(FitMessage message, FitSamples samples)
    {
        var speed = message.Get(Record.EnhancedSpeed, Record.SpeedScale) ?? message.Get(Record.Speed, Record.SpeedScale);
        var distance = message.Get(Record.Distance, Record.DistanceScale);
        var compressed = message.GetBytes(Record.CompressedSpeedDistance);
        if (compressed.Length == 3 && !(compressed[0] == 0xFF && compressed[1] == 0xFF && compressed[2] == 0xFF))
        {
            // Two 12-bit components: speed (1/100 m/s) then distance (1/16 m), the latter accumulated with rollover.
            speed ??= (compressed[0] | ((compressed[1] & 0x0F) << 8)) / Record.CompressedSpeedScale;
            var bits = (compressed[1] >> 4) | (compressed[2] << 4);
            accumulatedDistance = lastDistanceBits < 0 ? bits : accumulatedDistance + ((bits - lastDistanceBits) & 0xFFF);
            lastDistanceBits = bits;
            distance ??= accumulatedDistance / Record.CompressedDistanceScale;
        }

        // A record without a time cannot be placed; one with nothing but a time says nothing.
        if (message.Timestamp is not { } timestamp || message.Fields == 0)
        {
            return false;
        }

        var latitude = message.Get(Record.PositionLat);
        var longitude = message.Get(Record.PositionLong);
        var hasPosition = latitude is { } lat && longitude is { } lon
            && Math.Abs(SemicirclesToDegrees(lat)) <= 90 && Math.Abs(SemicirclesToDegrees(lon)) <= 180;
        samples.Add(
            ToTime(timestamp),
            hasPosition ? SemicirclesToDegrees(latitude!.Value) : null,
            hasPosition ? SemicirclesToDegrees(longitude!.Value) : null,
            message.Get(Record.EnhancedAltitude, Record.AltitudeScale, Record.AltitudeOffset)
                ?? message.Get(Record.Altitude, Record.AltitudeScale, Record.AltitudeOffset),
            distance,
            message.Get(Record.HeartRate),
            message.Get(Record.Cadence),
            message.Get(Record.Power),
            speed,
            message.Get(Record.Temperature));
        return true;
    }
}
