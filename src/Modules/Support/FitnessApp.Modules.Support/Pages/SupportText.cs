namespace FitnessApp.Modules.Support.Pages;

/// <summary>Resources of the support pages (Resources/Pages/SupportText.resx and its Russian twin).</summary>
internal sealed class SupportText;
