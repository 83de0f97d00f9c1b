using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Devices.Files.Tcx;

/// <summary>TCX's Sport attribute allows only Running, Biking and Other.</summary>
internal static class TcxSports
{
    public static Sport? From(string? sport) => sport?.Trim() switch
    {
        "Running" => Sport.Running,
        "Biking" => Sport.Cycling,
        "Other" => Sport.Other,
        _ => null,
    };
}
