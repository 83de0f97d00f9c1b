namespace FitnessApp.Modules.Devices.Registrations;

internal enum DeviceKind
{
    Phone = 0,
    Watch = 1,
    Pedometer = 2,
    HeartRateStrap = 3,
    BikeComputer = 4,
}
