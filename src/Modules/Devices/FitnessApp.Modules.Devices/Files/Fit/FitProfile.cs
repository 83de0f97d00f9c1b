namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>The subset of the FIT profile (Profile.xlsx of the FIT SDK) this decoder reads: message and field numbers, scales and offsets.</summary>
internal static class FitProfile
{
    public const byte Timestamp = 253;

    public static class FileId
    {
        public const ushort Message = 0;
        public const byte Type = 0;
        public const byte Manufacturer = 1;
        public const byte Product = 2;
        public const int ActivityType = 4;
    }

    public static class DeviceInfo
    {
        public const ushort Message = 23;
        public const byte DeviceIndex = 0;
        public const byte Manufacturer = 2;
        public const byte Product = 4;
        public const byte ProductName = 27;
        public const int Creator = 0;
    }

    public static class Sport
    {
        public const ushort Message = 12;
        public const byte SportField = 0;
        public const byte SubSport = 1;
        public const byte Name = 3;
    }

    public static class Event
    {
        public const ushort Message = 21;
        public const byte EventField = 0;
        public const byte EventType = 1;
        public const int Timer = 0;
        public const int Start = 0;
        public const int Stop = 1;
        public const int StopAll = 4;
        public const int StopDisable = 8;
        public const int StopDisableAll = 9;
    }

    public static class Record
    {
        public const ushort Message = 20;
        public const byte PositionLat = 0;
        public const byte PositionLong = 1;
        public const byte Altitude = 2;
        public const byte HeartRate = 3;
        public const byte Cadence = 4;
        public const byte Distance = 5;
        public const byte Speed = 6;
        public const byte Power = 7;
        public const byte CompressedSpeedDistance = 8;
        public const byte Temperature = 13;
        public const byte EnhancedSpeed = 73;
        public const byte EnhancedAltitude = 78;
        public const double DistanceScale = 100;
        public const double SpeedScale = 1000;
        public const double AltitudeScale = 5;
        public const double AltitudeOffset = 500;
        public const double CompressedSpeedScale = 100;
        public const double CompressedDistanceScale = 16;
    }

    /// <summary>Fields shared by lap and session (same numbers in both messages).</summary>
    public static class Summary
    {
        public const byte StartTime = 2;
        public const byte TotalElapsedTime = 7;
        public const byte TotalTimerTime = 8;
        public const byte TotalDistance = 9;
        public const byte TotalCalories = 11;
        public const double TimeScale = 1000;
        public const double DistanceScale = 100;
    }

    public static class Lap
    {
        public const ushort Message = 19;
        public const byte AverageHeartRate = 15;
        public const byte MaxHeartRate = 16;
        public const byte AverageCadence = 17;
        public const byte MaxCadence = 18;
    }

    public static class Session
    {
        public const ushort Message = 18;
        public const byte SportField = 5;
        public const byte SubSport = 6;
        public const byte AverageSpeed = 14;
        public const byte EnhancedAverageSpeed = 124;
        public const double SpeedScale = 1000;
    }

    /// <summary>Maps device-relative times (seconds since the device was switched on) to UTC: UTC = system time + (timestamp - system_timestamp).</summary>
    public static class TimestampCorrelation
    {
        public const ushort Message = 162;
        public const byte SystemTimestamp = 1;
    }

    /// <summary>time_offset: UTC = system time + time_offset.</summary>
    public static class DeviceSettings
    {
        public const ushort Message = 2;
        public const byte TimeOffset = 2;
    }

    /// <summary>local_timestamp: the activity's end in local time (zone unknown).</summary>
    public static class Activity
    {
        public const ushort Message = 34;
        public const byte LocalTimestamp = 5;
    }

    /// <summary>A date_time below this many seconds is relative to the device's power-on, not to the FIT epoch (profile: min date_time).</summary>
    public const uint SystemTimeLimit = 0x10000000;

    public static readonly DateTimeOffset Epoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset ToTime(uint fitSeconds) => Epoch.AddSeconds(fitSeconds);

    public static double SemicirclesToDegrees(double semicircles) => semicircles * (180.0 / 2147483648.0);
}
