using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Authorization;

namespace FitnessApp.Modules.Training.Plans.Templates;

internal static class PlanTemplateAccess
{
    /// <summary>Operators see unpublished templates (drafts) too.</summary>
    public static async Task<bool> IsOperatorAsync(this IAuthorizationService authorization, ClaimsPrincipal principal) =>
        (await authorization.AuthorizeAsync(principal, PlatformPolicies.Operator)).Succeeded;
}
