namespace FitnessApp.Host.Portal;

/// <summary>The shell's resources (Resources/Portal/PortalText.resx and its Russian twin).</summary>
internal sealed class PortalText;
