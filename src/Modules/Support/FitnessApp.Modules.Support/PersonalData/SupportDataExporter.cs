using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.PersonalData;

/// <summary>
/// The user's part of an export: tickets.json (their tickets with the public conversation; internal notes are the
/// operators' working papers), screenshots/{ticketId}.{ext} and feedback.json.
/// </summary>
internal sealed class SupportDataExporter(SupportDbContext db) : IPersonalDataExporter
{
    public string Module => SupportModule.ModuleName;

    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.AuthorId == userId).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var ids = tickets.Select(t => t.Id).ToList();
        var messages = (await db.Messages.AsNoTracking()
                .Where(m => ids.Contains(m.TicketId) && m.Kind != MessageKind.InternalNote)
                .ToListAsync(cancellationToken))
            .OrderBy(m => m.CreatedAt)
            .ToLookup(m => m.TicketId);
        await writer.WriteJsonAsync("tickets", tickets.Select(t => new
        {
            t.Id,
            Category = WireNames.Of(t.Category),
            t.Subject,
            Status = WireNames.Of(t.Status),
            t.CreatedAt,
            t.UpdatedAt,
            Messages = messages[t.Id].Select(m => new { From = m.Kind == MessageKind.Athlete ? "you" : "support", m.Text, m.CreatedAt }),
        }).ToList(), cancellationToken);

        var screenshots = await db.Screenshots.AsNoTracking().Where(s => ids.Contains(s.TicketId)).ToListAsync(cancellationToken);
        foreach (var screenshot in screenshots)
        {
            await writer.WriteFileAsync($"screenshots/{screenshot.TicketId}.{Extension(screenshot.ContentType)}", screenshot.Content, cancellationToken);
        }

        var feedback = await db.Feedback.AsNoTracking().Where(f => f.AuthorId == userId).OrderBy(f => f.CreatedAt).ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("feedback", feedback.Select(f => new { f.Id, Category = WireNames.Of(f.Category), f.Text, f.CreatedAt }).ToList(), cancellationToken);
    }

    private static string Extension(string contentType) => contentType switch
    {
        ImageSniffer.Png => "png",
        ImageSniffer.Jpeg => "jpg",
        _ => "webp",
    };
}
