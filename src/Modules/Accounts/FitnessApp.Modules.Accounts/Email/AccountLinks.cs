using FitnessApp.Modules.Accounts.Pages;

namespace FitnessApp.Modules.Accounts.Email;

/// <summary>The portal pages that the links in messages open.</summary>
internal static class AccountLinks
{
    public static string ConfirmEmail(string portalUrl, Guid userId, string token) =>
        $"{portalUrl}{AccountPaths.ConfirmEmail}?userId={userId}&token={Uri.EscapeDataString(token)}";

    public static string ResetPassword(string portalUrl, Guid userId, string token) =>
        $"{portalUrl}{AccountPaths.ResetPassword}?userId={userId}&token={Uri.EscapeDataString(token)}";

    public static string ConfirmEmailChange(string portalUrl, Guid userId, string newEmail, string token) =>
        $"{portalUrl}{AccountPaths.ConfirmEmailChange}?userId={userId}&email={Uri.EscapeDataString(newEmail)}&token={Uri.EscapeDataString(token)}";

    public static string SignIn(string portalUrl) => $"{portalUrl}{AccountPaths.Login}";

    public static string ForgotPassword(string portalUrl) => $"{portalUrl}{AccountPaths.ForgotPassword}";
}
