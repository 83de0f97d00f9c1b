namespace FitnessApp.Modules.Social.Pages;

/// <summary>Resources shared by the Social pages (Resources/Pages/SocialText.resx and its Russian twin): navigation titles.</summary>
internal sealed class SocialText;
