namespace FitnessApp.Modules.Devices.Pages.Connections;

/// <summary>The connections page's resources (Resources/Pages/Connections/ConnectionsText.resx and its Russian twin).</summary>
internal sealed class ConnectionsText;
