using System.Security.Claims;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Avatars.UploadAvatar;

internal static class UploadAvatarEndpoint
{
    public static void MapUploadAvatar(this IEndpointRouteBuilder group)
    {
        var limit = Limit(group.ServiceProvider.GetRequiredService<IOptions<AvatarOptions>>().Value).BodyLimit;
        group.MapPut("/me/avatar", Handle)
            .RequireAuthorization()
            .DisableAntiforgery()
            .WithName("UploadMyAvatar")
            .WithSummary("Replace the signed-in athlete's avatar: multipart field 'file', a JPEG, PNG or WebP of 32 to 8000 pixels a side; served re-encoded at 256 and 64 pixels")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .Produces<AvatarResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<Ok<AvatarResponse>> Handle(
        HttpRequest request, ClaimsPrincipal principal, IMediator mediator, IOptions<AvatarOptions> options, CancellationToken cancellationToken)
    {
        var file = await request.ReadFileAsync(Limit(options.Value), cancellationToken);
        return TypedResults.Ok(await mediator.Send(new UploadAvatar(principal.GetUserId(), await file.ReadAllBytesAsync(cancellationToken)), cancellationToken));
    }

    private static MultipartFileLimit Limit(AvatarOptions options) =>
        new("file", options.MaxUploadBytes, "the image") { Overhead = 16 * 1024, TooLarge = TooLarge };

    private static PayloadTooLargeException TooLarge(long max) => new($"An avatar may be at most {max / 1024} KB.");
}
