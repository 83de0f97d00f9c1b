using FitnessApp.Modules.Accounts.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Accounts.Pages;

/// <summary>The portal's sign-out: a form post (antiforgery-checked) that drops the cookie and goes home.</summary>
internal static class PortalSignInEndpoints
{
    public static void MapPortalSignInEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(IdentitySetup.LogoutPath, async (HttpContext context, [FromForm] string? returnUrl) =>
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                return TypedResults.LocalRedirect(LocalUrl.OrRoot(returnUrl));
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
}
