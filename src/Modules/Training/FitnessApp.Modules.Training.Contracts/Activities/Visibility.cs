namespace FitnessApp.Modules.Training.Contracts.Activities;

/// <summary>Who may see an activity besides its owner.</summary>
public enum Visibility
{
    Public,
    Followers,
    Private,
}
