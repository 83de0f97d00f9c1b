using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Idempotency;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FitnessApp.Modules.Support.Tickets.AttachScreenshot;
using FitnessApp.Modules.Support.Tickets.GetMyTicket;
using FitnessApp.Modules.Support.Tickets.GetScreenshot;
using FitnessApp.Modules.Support.Tickets.ListMyTickets;
using FitnessApp.Modules.Support.Tickets.ReplyToTicket;
using FitnessApp.Modules.Support.Tickets.ResolveTicket;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Support.Tickets;

/// <summary>The athletes' side: their tickets, replies, screenshots. Another athlete's ticket is a 404.</summary>
internal static class TicketEndpoints
{
    internal sealed record OpenTicketBody(string? Category, string? Subject, string? Text);

    internal sealed record TextBody(string? Text);

    public static void MapTickets(this IEndpointRouteBuilder group)
    {
        var limit = Limit(group.ServiceProvider.GetRequiredService<IOptions<SupportOptions>>().Value).BodyLimit;
        var tickets = group.MapGroup(TicketRoutes.Tickets).AddEndpointFilter<SupportProblems>();
        tickets.MapPost("", Open)
            .WithName("OpenSupportTicket")
            .WithSummary("Open a ticket: category, subject, text (a screenshot is uploaded afterwards to .../{id}/screenshot); honours Idempotency-Key")
            .WithIdempotency<SupportDbContext>()
            .Produces<TicketDetailResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        tickets.MapGet("", List)
            .WithName("ListMySupportTickets")
            .WithSummary("The caller's tickets, newest first, with unread operator replies; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        tickets.MapGet("/{id:guid}", Get)
            .WithName("GetMySupportTicket")
            .WithSummary("One of the caller's tickets with its public conversation; marks the replies read")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        tickets.MapPost("/{id:guid}/messages", Reply)
            .WithName("ReplyToMySupportTicket")
            .WithSummary("Answer on one of the caller's tickets; a ticket waiting for the caller goes back to in progress")
            .Produces<TicketDetailResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        tickets.MapPost("/{id:guid}/resolve", Resolve)
            .WithName("ResolveMySupportTicket")
            .WithSummary("Close one of the caller's tickets as resolved")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        tickets.MapPut("/{id:guid}/screenshot", Upload)
            .WithName("AttachSupportScreenshot")
            .WithSummary("Set the screenshot of one of the caller's tickets: PNG, JPEG or WebP in the multipart field 'file'")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        tickets.MapGet("/{id:guid}/screenshot", Screenshot)
            .WithName("GetSupportScreenshot")
            .WithSummary("A ticket's screenshot, for its author and operators, with its sniffed content type")
            .Produces(StatusCodes.Status200OK, contentType: ImageSniffer.Png)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<TicketDetailResponse>> Open(OpenTicketBody body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var ticket = await mediator.Send(new OpenTicket.OpenTicket(principal.GetUserId(), body.Category, body.Subject, body.Text), cancellationToken);
        return TypedResults.Created(TicketRoutes.Of(ticket.Id), ticket);
    }

    private static async Task<Ok<Page<TicketSummaryResponse>>> List(
        ClaimsPrincipal principal, IMediator mediator, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListMyTickets.ListMyTickets(principal.GetUserId(), cursor, limit ?? PageLimits.DefaultLimit), cancellationToken));

    private static async Task<Ok<TicketDetailResponse>> Get(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyTicket.GetMyTicket(id, principal.GetUserId()), cancellationToken));

    private static async Task<Created<TicketDetailResponse>> Reply(
        Guid id, TextBody body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Created(TicketRoutes.Of(id), await mediator.Send(new ReplyToTicket.ReplyToTicket(id, principal.GetUserId(), body.Text), cancellationToken));

    private static async Task<Ok<TicketDetailResponse>> Resolve(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ResolveTicket.ResolveTicket(id, principal.GetUserId()), cancellationToken));

    private static async Task<Ok<TicketDetailResponse>> Upload(
        Guid id, HttpRequest request, ClaimsPrincipal principal, IMediator mediator, IOptions<SupportOptions> options, CancellationToken cancellationToken)
    {
        var file = await request.ReadFileAsync(Limit(options.Value), cancellationToken);
        if (file.Length == 0)
        {
            throw FieldErrors.For("file", "Send the screenshot in the multipart field 'file'.");
        }

        var content = await file.ReadAllBytesAsync(cancellationToken);
        return TypedResults.Ok(await mediator.Send(new AttachScreenshot.AttachScreenshot(id, principal.GetUserId(), content), cancellationToken));
    }

    private static async Task<FileContentHttpResult> Screenshot(
        Guid id, HttpContext context, ClaimsPrincipal principal, IMediator mediator, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        var isOperator = (await authorization.AuthorizeAsync(principal, PlatformPolicies.Operator)).Succeeded;
        var screenshot = await mediator.Send(new GetScreenshot.GetScreenshot(id, principal.GetUserId(), isOperator), cancellationToken);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentDisposition = "inline";
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(screenshot.Content, screenshot.ContentType);
    }

    private static MultipartFileLimit Limit(SupportOptions options) =>
        new("file", options.MaxScreenshotBytes, "the screenshot") { TooLarge = ScreenshotRejectedException.TooLarge };
}
