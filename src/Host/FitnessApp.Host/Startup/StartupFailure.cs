using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;

namespace FitnessApp.Host.Startup;

/// <summary>Startup errors that are a configuration mistake: they are reported as one clear line, without a stack trace.</summary>
internal static class StartupFailure
{
    public static bool IsExplained(Exception exception, out string message)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DatabaseConfigurationException or ModuleConfigurationException or StartupConfigurationException)
            {
                message = $"FitnessApp cannot start: {current.Message}";
                return true;
            }
        }

        message = string.Empty;
        return false;
    }
}
