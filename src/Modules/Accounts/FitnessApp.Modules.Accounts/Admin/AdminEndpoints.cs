using FitnessApp.Modules.Accounts.Admin.GetUser;
using FitnessApp.Modules.Accounts.Admin.ListUsers;
using FitnessApp.Modules.Accounts.Admin.LockUser;
using FitnessApp.Modules.Accounts.Admin.ResendUserConfirmation;
using FitnessApp.Modules.Accounts.Admin.SearchAudit;
using FitnessApp.Modules.Accounts.Admin.SetUserRoles;
using FitnessApp.Modules.Accounts.Admin.UnlockUser;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Admin;

/// <summary>The operators' and admins' API: every endpoint needs the operator policy, role changes the admin policy.</summary>
internal static class AdminEndpoints
{
    public const string Users = "/users";

    public static void MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(PlatformPolicies.Operator);
        admin.MapListUsers();
        admin.MapGetUser();
        admin.MapLockUser();
        admin.MapUnlockUser();
        admin.MapSetUserRoles();
        admin.MapResendUserConfirmation();
        admin.MapSearchAudit();
    }
}
