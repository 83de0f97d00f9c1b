namespace FitnessApp.Host.Jobs.Dashboard;

/// <summary>The jobs dashboard's resources (Resources/Jobs/Dashboard/JobsText.resx and its Russian twin).</summary>
internal sealed class JobsText;
