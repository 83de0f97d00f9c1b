using FitnessApp.Modules.Accounts.Identity;

namespace FitnessApp.Modules.Accounts.Pages;

/// <summary>The portal addresses of the Accounts pages (the shell links to them by URL: see the host's PortalPaths).</summary>
internal static class AccountPaths
{
    public const string Home = "/home";
    public const string Login = IdentitySetup.LoginPath;
    public const string Register = "/account/register";
    public const string AccessDenied = IdentitySetup.AccessDeniedPath;
    public const string Logout = IdentitySetup.LogoutPath;
    public const string Profile = "/account/profile";
    public const string Settings = "/account/settings";
    public const string Security = "/account/security";
    public const string ForgotPassword = "/account/forgot-password";
    public const string ResetPassword = "/account/reset-password";
    public const string ConfirmEmail = "/account/confirm-email";
    public const string ConfirmEmailChange = "/account/confirm-email-change";
    public const string Admin = "/admin";
    public const string AdminUsers = "/admin/users";
    public const string Mailbox = "/admin/mailbox";
    public const string AuditLog = "/admin/audit";

    /// <summary>The host's jobs dashboard (operators), linked from the admin landing page.</summary>
    public const string Jobs = "/ops/jobs";

    public static string AdminUser(Guid id) => $"{AdminUsers}/{id}";

    /// <summary>The audit log filtered to one account.</summary>
    public static string AuditLogOf(Guid userId) => $"{AuditLog}?user={userId}";

    /// <summary>The host's language switch (CultureEndpoint): sets the culture cookie and redirects to a local address.</summary>
    public const string CultureSwitch = "/culture";
}
