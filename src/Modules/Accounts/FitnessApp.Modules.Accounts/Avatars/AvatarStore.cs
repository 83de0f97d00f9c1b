using FitnessApp.Modules.Accounts.Avatars.Imaging;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Avatars;

/// <summary>Replaces or removes a user's avatar rows and the version on the account; the caller's unit of work saves.</summary>
internal sealed class AvatarStore(AccountsDbContext db, TimeProvider clock)
{
    public async Task ReplaceAsync(User user, ProcessedAvatar avatar, CancellationToken cancellationToken)
    {
        await RemoveAsync(user, cancellationToken);
        var version = Guid.CreateVersion7();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (size, content) in avatar.Images)
        {
            db.AvatarImages.Add(new AvatarImage
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                Size = size,
                Content = content,
                ContentType = avatar.ContentType,
                Version = version,
                CreatedAt = now,
            });
        }

        user.AvatarVersion = version;
    }

    public async Task RemoveAsync(User user, CancellationToken cancellationToken)
    {
        // Deleted before the new rows are added: the unique (UserId, Size) index sees one set at a time.
        await db.AvatarImages.Where(a => a.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        user.AvatarVersion = null;
    }
}
