namespace FitnessApp.Modules.Shared.Data;

/// <summary>A database setting that cannot work; its message names the setting and the value.</summary>
public sealed class DatabaseConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
