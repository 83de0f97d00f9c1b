using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace FitnessApp.Modules.Accounts.Avatars.GetAvatar;

internal static class GetAvatarEndpoint
{
    public static void MapGetAvatar(this IEndpointRouteBuilder group) =>
        group.MapGet("/{userId:guid}/avatar", Handle)
            .RequireAuthorization()
            .WithName("GetAvatar")
            .WithSummary("An athlete's avatar (size=256 or 64), re-encoded by the server; 304 for a matching If-None-Match")
            .Produces(StatusCodes.Status200OK, contentType: "image/webp")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> Handle(
        Guid userId, int? size, HttpContext context, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var avatar = await mediator.Send(new GetAvatar(principal.GetUserId(), userId, size), cancellationToken);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, max-age=86400";
        headers.ETag = avatar.ETag;
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(new EntityTagHeaderValue(avatar.ETag), useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.File(avatar.Content, avatar.ContentType);
    }
}
