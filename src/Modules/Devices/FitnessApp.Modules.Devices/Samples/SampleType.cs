namespace FitnessApp.Modules.Devices.Samples;

/// <summary>The kinds of stored samples (workout sessions go to Training instead, see <see cref="DeviceWorkout"/>).</summary>
internal enum SampleType
{
    Steps = 0,
    HeartRate = 1,
    RestingHeartRate = 2,
    Sleep = 3,
    Weight = 4,
}

/// <summary>Sleep stages as Apple Health and Health Connect name them; <see cref="Asleep"/> when the device does not say.</summary>
internal enum SleepStage
{
    Asleep = 0,
    Awake = 1,
    Light = 2,
    Deep = 3,
    Rem = 4,
}
