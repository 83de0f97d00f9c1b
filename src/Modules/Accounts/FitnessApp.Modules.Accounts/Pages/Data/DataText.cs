namespace FitnessApp.Modules.Accounts.Pages.Data;

/// <summary>The privacy page's resources (Resources/Pages/Data/DataText.resx and its Russian twin).</summary>
internal sealed class DataText;

/// <summary>The privacy page's address.</summary>
internal static class DataPaths
{
    public const string Data = "/account/data";
}
