namespace FitnessApp.Host.Startup;

/// <summary>A module setting that cannot work; the message names the setting.</summary>
internal sealed class ModuleConfigurationException(string message) : Exception(message);
