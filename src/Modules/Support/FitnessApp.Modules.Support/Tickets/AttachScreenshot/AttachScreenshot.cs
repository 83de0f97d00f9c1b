using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Support.Tickets.AttachScreenshot;

/// <summary>Sets (or replaces) the screenshot of one of the author's tickets: PNG, JPEG or WebP by content, within the size limit.</summary>
internal sealed record AttachScreenshot(Guid TicketId, Guid AuthorId, byte[] Content) : ICommand<TicketDetailResponse>;

internal sealed class AttachScreenshotHandler(SupportDbContext db, TimeProvider clock, IOptions<SupportOptions> options)
    : IRequestHandler<AttachScreenshot, TicketDetailResponse>
{
    public async Task<TicketDetailResponse> Handle(AttachScreenshot request, CancellationToken cancellationToken)
    {
        var ticket = await db.FindOwnTicketAsync(request.TicketId, request.AuthorId, cancellationToken);
        var contentType = Screenshots.Check(request.Content, options.Value.MaxScreenshotBytes);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Screenshots.Where(s => s.TicketId == ticket.Id).ExecuteDeleteAsync(cancellationToken);
        db.Screenshots.Add(new TicketScreenshot { Id = Guid.CreateVersion7(), TicketId = ticket.Id, ContentType = contentType, Content = request.Content, CreatedAt = now });
        ticket.HasScreenshot = true;
        ticket.UpdatedAt = now;
        return await TicketDetailResponse.LoadAsync(db, ticket, cancellationToken);
    }
}
