namespace FitnessApp.Modules.Loyalty.Pages.Campaigns;

/// <summary>Resources of the operators' bonus campaigns page (Resources/Pages/Campaigns/CampaignsText.resx and its Russian twin).</summary>
internal sealed class CampaignsText;
