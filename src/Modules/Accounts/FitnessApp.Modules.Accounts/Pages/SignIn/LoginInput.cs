namespace FitnessApp.Modules.Accounts.Pages.SignIn;

internal sealed class LoginInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }
}
