using FitnessApp.Modules.Loyalty.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges.GetBadge;

/// <summary>
/// The badge image, to anyone (feeds and notifications show it). A group challenge's badge leaves out its title, which is
/// the group's content.
/// </summary>
internal static class GetBadgeEndpoint
{
    public static void MapGetChallengeBadge(this IEndpointRouteBuilder api) =>
        api.MapGet(ChallengeRoutes.Challenge + "/badge.svg", Handle)
            .AllowAnonymous()
            .WithName("GetChallengeBadge")
            .WithSummary("A challenge's badge (SVG); place=1..3 for the podium badge")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<ContentHttpResult, NotFound>> Handle(Guid id, int? place, LoyaltyDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var challenge = await db.Challenges.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Title, c.GroupId }).SingleOrDefaultAsync(cancellationToken);
        if (challenge is null)
        {
            return TypedResults.NotFound();
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        headers.CacheControl = "public, max-age=3600";
        var title = challenge.GroupId is null ? challenge.Title : "Challenge";
        return TypedResults.Content(ChallengeBadge.Svg(title, place is >= 1 and <= 3 ? place : null), "image/svg+xml");
    }
}
