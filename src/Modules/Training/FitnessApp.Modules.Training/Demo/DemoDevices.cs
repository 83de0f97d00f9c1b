using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Demo;

internal static class DemoDevices
{
    public static string For(Sport sport) => sport is Sport.Cycling ? "Demo bike computer" : "Demo GPS watch";
}
