using System.Security.Claims;
using FitnessApp.Modules.Shared.Errors;

namespace FitnessApp.Modules.Shared.Security;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id, or null for a visitor.</summary>
    public static Guid? FindUserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The signed-in user's id; endpoints behind the fallback policy always have one.</summary>
    public static Guid GetUserId(this ClaimsPrincipal principal) =>
        principal.FindUserId() ?? throw new UnauthorizedException("Sign in to use this endpoint.");
}
