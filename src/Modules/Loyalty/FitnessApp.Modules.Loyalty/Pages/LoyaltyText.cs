namespace FitnessApp.Modules.Loyalty.Pages;

/// <summary>Resources shared by the Loyalty pages (Resources/Pages/LoyaltyText.resx and its Russian twin): navigation titles.</summary>
internal sealed class LoyaltyText;
