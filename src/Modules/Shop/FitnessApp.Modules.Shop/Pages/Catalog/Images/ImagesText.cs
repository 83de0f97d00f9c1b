namespace FitnessApp.Modules.Shop.Pages.Catalog.Images;

/// <summary>Resources of the operators' product images editor (Resources/Pages/Catalog/Images/ImagesText.resx and its Russian twin).</summary>
internal sealed class ImagesText;
