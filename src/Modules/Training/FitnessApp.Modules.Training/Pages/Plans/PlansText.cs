namespace FitnessApp.Modules.Training.Pages.Plans;

/// <summary>Resources of the plans pages (athletes' catalogue and plan, operators' templates): Resources/Pages/Plans/PlansText.resx and its Russian twin.</summary>
internal sealed class PlansText;
