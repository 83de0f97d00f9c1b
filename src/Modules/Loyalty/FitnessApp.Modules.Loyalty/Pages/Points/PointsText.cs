namespace FitnessApp.Modules.Loyalty.Pages.Points;

/// <summary>Resources of the points page (Resources/Pages/Points/PointsText.resx and its Russian twin).</summary>
internal sealed class PointsText;
