using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions;

/// <summary>
/// kudos.json (the kudos the user gave) and comments.json (the comments they wrote). Erasure removes those and also
/// every kudos and comment on the user's own activities, which go with the activities.
/// </summary>
internal sealed class InteractionsDataPart(SocialDbContext db) : ISocialDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var kudos = await db.Kudos.AsNoTracking().Where(k => k.AthleteId == userId).OrderBy(k => k.CreatedAt)
            .Select(k => new { k.ActivityId, k.CreatedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("kudos", kudos, cancellationToken);

        var comments = await db.Comments.AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.CreatedAt)
            .Select(c => new { c.ActivityId, c.Text, c.CreatedAt, c.EditedAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("comments", comments, cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.Kudos.Where(k => k.AthleteId == userId || k.ActivityOwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Comments.Where(c => c.AuthorId == userId || c.ActivityOwnerId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
