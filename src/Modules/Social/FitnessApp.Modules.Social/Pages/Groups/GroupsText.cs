namespace FitnessApp.Modules.Social.Pages.Groups;

/// <summary>Texts of the group pages (Resources/Pages/Groups/GroupsText.resx and its Russian twin).</summary>
internal sealed class GroupsText;
