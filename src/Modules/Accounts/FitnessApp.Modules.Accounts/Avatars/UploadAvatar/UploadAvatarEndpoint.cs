using System.Security.Claims;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Avatars.UploadAvatar;

internal static class UploadAvatarEndpoint
{
    /// <summary>Room for the multipart envelope around the file itself.</summary>
    private const long MultipartOverhead = 16 * 1024;

    public static void MapUploadAvatar(this IEndpointRouteBuilder group)
    {
        var limit = group.ServiceProvider.GetRequiredService<IOptions<AvatarOptions>>().Value.MaxUploadBytes + MultipartOverhead;
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
        var userId = principal.GetUserId();
        var max = options.Value.MaxUploadBytes;
        if (!request.HasFormContentType)
        {
            throw FieldErrors.For("file", "Send the image as multipart/form-data in the field 'file'.");
        }

        if (request.ContentLength > max + MultipartOverhead)
        {
            throw TooLarge(max);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = max + MultipartOverhead;
        }

        IFormCollection form;
        try
        {
            form = await new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = max + MultipartOverhead }).ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            throw exception is BadHttpRequestException || exception.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(max)
                : FieldErrors.For("file", $"The multipart body cannot be read: {exception.Message}");
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            throw FieldErrors.For("file", "Send the image in the multipart field 'file'.");
        }

        if (file.Length > max)
        {
            throw TooLarge(max);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return TypedResults.Ok(await mediator.Send(new UploadAvatar(userId, buffer.ToArray()), cancellationToken));
    }

    private static PayloadTooLargeException TooLarge(long max) => new($"An avatar may be at most {max / 1024} KB.");
}
