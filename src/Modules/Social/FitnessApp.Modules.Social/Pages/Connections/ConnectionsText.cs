namespace FitnessApp.Modules.Social.Pages.Connections;

/// <summary>Resources of the athletes pages (Resources/Pages/Connections/ConnectionsText.resx and its Russian twin).</summary>
internal sealed class ConnectionsText;
