namespace FitnessApp.Modules.Shop.Pages.Reviews;

/// <summary>Resources of the review section and the operators' review page (Resources/Pages/Reviews/ReviewsText.resx and its Russian twin).</summary>
internal sealed class ReviewsText;
