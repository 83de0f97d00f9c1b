using System.Reflection;
using FitnessApp.Modules.Accounts.Admin;
using FitnessApp.Modules.Accounts.Avatars;
using FitnessApp.Modules.Accounts.Avatars.GetAvatar;
using FitnessApp.Modules.Accounts.Avatars.RemoveAvatar;
using FitnessApp.Modules.Accounts.Avatars.UploadAvatar;
using FitnessApp.Modules.Accounts.Contracts.Users;
using FitnessApp.Modules.Accounts.Consent.SetHealthDataConsent;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Demo;
using FitnessApp.Modules.Accounts.Email;
using FitnessApp.Modules.Accounts.Identity;
using FitnessApp.Modules.Accounts.Legal;
using FitnessApp.Modules.Accounts.Me.GetMe;
using FitnessApp.Modules.Accounts.Me.UpdateProfile;
using FitnessApp.Modules.Accounts.Me.UpdateSettings;
using FitnessApp.Modules.Accounts.Pages;
using FitnessApp.Modules.Accounts.Pages.Admin;
using FitnessApp.Modules.Accounts.PersonalData;
using FitnessApp.Modules.Accounts.Registration.RegisterUser;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Accounts.Security.ChangeEmail;
using FitnessApp.Modules.Accounts.Security.ChangePassword;
using FitnessApp.Modules.Accounts.Security.ConfirmEmail;
using FitnessApp.Modules.Accounts.Security.ConfirmEmailChange;
using FitnessApp.Modules.Accounts.Security.ForgotPassword;
using FitnessApp.Modules.Accounts.Security.RateLimits;
using FitnessApp.Modules.Accounts.Security.ResendConfirmation;
using FitnessApp.Modules.Accounts.Security.ResetPassword;
using FitnessApp.Modules.Accounts.Security.SignOutEverywhere;
using FitnessApp.Modules.Accounts.SignIn;
using FitnessApp.Modules.Accounts.SignIn.Login;
using FitnessApp.Modules.Accounts.SignIn.Refresh;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Accounts;

/// <summary>Identity, sign-in (cookie and bearer), roles, the athlete's profile and settings; later consent, export and erasure.</summary>
public sealed class AccountsModule : IModule
{
    public const string ModuleName = "Accounts";

    public string Name => ModuleName;

    public Assembly Assembly => typeof(AccountsModule).Assembly;

    public Assembly ContractsAssembly => typeof(UserRegistered).Assembly;

    public Type? DbContextType => typeof(AccountsDbContext);

    public bool HasPages => true;

    public IReadOnlyList<NavigationEntry> Navigation => AccountsNavigation.Entries;

    /// <summary>The admin workstation's entries of the sidebar's operators' section (registered as services).</summary>
    public static IReadOnlyList<NavigationEntry> OperatorNavigation => AdminNavigation.Entries;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AccountsDbContext>(AccountsDbContext.Schema);
        services.AddAccountsIdentity(configuration);
        services.AddAccountRateLimits(configuration);
        services.AddAccountEmail(configuration);
        services.AddScoped<AuditTrail>();
        services.AddScoped<AdminAccounts>();
        services.AddAdminNavigation();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<IStartupTask, IdentityBootstrapTask>();
        services.AddScoped<IDemoSeeder, AccountsDemoSeeder>();
        services.AddPersonalData();
        services.AddAvatars(configuration);
        services.AddLegal(configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/accounts").WithTags(ModuleName);
        api.MapRegisterUser();
        api.MapLogin();
        api.MapRefresh();
        api.MapGetMe();
        api.MapUpdateProfile();
        api.MapUpdateSettings();
        api.MapForgotPassword();
        api.MapResetPassword();
        api.MapChangePassword();
        api.MapConfirmEmail();
        api.MapResendConfirmation();
        api.MapChangeEmail();
        api.MapConfirmEmailChange();
        api.MapSignOutEverywhere();
        api.MapPersonalData();
        api.MapUploadAvatar();
        api.MapRemoveAvatar();
        api.MapGetAvatar();
        api.MapLegal();
        api.MapSetHealthDataConsent();
        endpoints.MapPortalSignInEndpoints();
        endpoints.MapAdmin();
    }
}

public static class AccountsModuleExtensions
{
    public static IServiceCollection AddAccountsModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModule(new AccountsModule(), configuration);

    public static IEndpointRouteBuilder MapAccountsModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapModule<AccountsModule>();
}
