namespace FitnessApp.Modules.Shared.Errors;

/// <summary>A setting that cannot work as given; the host reports the message (which names the setting) and stops.</summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
