namespace FitnessApp.Modules.Accounts.Pages.SignIn;

internal sealed class RegisterInput
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool AcceptTerms { get; set; }

    public bool HealthDataConsent { get; set; }
}
