using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Support.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Tickets.GetScreenshot;

/// <summary>A ticket's screenshot, for its author or an operator only (404 for anyone else, as for a ticket without one).</summary>
internal sealed record GetScreenshot(Guid TicketId, Guid UserId, bool IsOperator) : IQuery<ScreenshotFile>;

internal sealed record ScreenshotFile(string ContentType, byte[] Content);

internal sealed class GetScreenshotHandler(SupportDbContext db) : IRequestHandler<GetScreenshot, ScreenshotFile>
{
    public async Task<ScreenshotFile> Handle(GetScreenshot request, CancellationToken cancellationToken) =>
        await (
                from screenshot in db.Screenshots
                join ticket in db.Tickets on screenshot.TicketId equals ticket.Id
                where ticket.Id == request.TicketId && (request.IsOperator || ticket.AuthorId == request.UserId)
                select new ScreenshotFile(screenshot.ContentType, screenshot.Content))
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Screenshot", request.TicketId);
}
