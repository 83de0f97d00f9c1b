using System.Security.Cryptography;
using System.Text;
using FitnessApp.Modules.Loyalty.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace FitnessApp.Modules.Loyalty.Achievements.Badges;

/// <summary>
/// A badge image, served to anyone (feeds, e-mails). Operators' SVGs are checked on save; the headers keep a browser from
/// sniffing, running or fetching anything even so.
/// </summary>
internal static class GetBadgeEndpoint
{
    public const string ContentType = "image/svg+xml";
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    public static void MapGetBadge(this IEndpointRouteBuilder group) =>
        group.MapGet("/badges/{code}.svg", Handle)
            .AllowAnonymous()
            .WithName("GetAchievementBadge")
            .WithSummary("An achievement's badge image (SVG), for anyone")
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<ContentHttpResult, StatusCodeHttpResult, NotFound>> Handle(
        string code, HttpContext context, LoyaltyDbContext db, CancellationToken cancellationToken)
    {
        var svg = await db.AchievementDefinitions.AsNoTracking().Where(d => d.Code == code).Select(d => d.BadgeSvg).SingleOrDefaultAsync(cancellationToken);
        if (svg is null)
        {
            return TypedResults.NotFound();
        }

        var etag = $"\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(svg)).AsSpan(0, 8))}\"";
        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        headers[HeaderNames.CacheControl] = "public, max-age=3600";
        headers[HeaderNames.ETag] = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Text(svg, ContentType, Encoding.UTF8);
    }
}
