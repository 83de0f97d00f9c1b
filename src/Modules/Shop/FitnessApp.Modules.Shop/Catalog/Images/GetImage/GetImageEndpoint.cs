using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace FitnessApp.Modules.Shop.Catalog.Images.GetImage;

internal static class GetImageEndpoint
{
    public static void MapGetImage(this IEndpointRouteBuilder api)
    {
        api.MapGet("/images/{id:guid}", (Guid id, HttpContext context, ClaimsPrincipal principal, IMediator mediator, IAuthorizationService authorization, CancellationToken cancellationToken) =>
                HandleAsync(id, false, context, principal, mediator, authorization, cancellationToken))
            .AllowAnonymous()
            .WithName("GetShopImage")
            .WithSummary("A product image (at most 1200 pixels a side), re-encoded by the server; anyone for an active product; immutable, 304 for a matching If-None-Match")
            .Produces(StatusCodes.Status200OK, contentType: "image/webp")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/images/{id:guid}/thumbnail", (Guid id, HttpContext context, ClaimsPrincipal principal, IMediator mediator, IAuthorizationService authorization, CancellationToken cancellationToken) =>
                HandleAsync(id, true, context, principal, mediator, authorization, cancellationToken))
            .AllowAnonymous()
            .WithName("GetShopImageThumbnail")
            .WithSummary("A product image's thumbnail (at most 400 pixels a side) for product cards; same rules as the image")
            .Produces(StatusCodes.Status200OK, contentType: "image/webp")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> HandleAsync(
        Guid id, bool thumbnail, HttpContext context, ClaimsPrincipal principal, IMediator mediator, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        var isOperator = principal.Identity?.IsAuthenticated == true
            && (await authorization.AuthorizeAsync(principal, PlatformPolicies.Operator)).Succeeded;
        var image = await mediator.Send(new GetImage(id, thumbnail, isOperator), cancellationToken);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Drafts seen by an operator must not land in a shared cache.
        headers.CacheControl = image.Public ? "public, max-age=31536000, immutable" : "private, max-age=31536000, immutable";
        headers.ETag = image.ETag;
        var etag = new EntityTagHeaderValue(image.ETag);
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: true)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.File(image.Content, image.ContentType);
    }
}
