namespace FitnessApp.Modules.Loyalty.Pages.Rules;

/// <summary>Resources of the operators' earning rules page (Resources/Pages/Rules/RulesText.resx and its Russian twin).</summary>
internal sealed class RulesText;
