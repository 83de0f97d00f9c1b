using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Avatars.RemoveAvatar;

/// <summary>Answers whether there was an avatar.</summary>
internal sealed class RemoveAvatarHandler(AccountsDbContext db, AvatarStore store) : IRequestHandler<RemoveAvatar, bool>
{
    public async Task<bool> Handle(RemoveAvatar request, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Account", request.UserId);
        var had = user.AvatarVersion is not null;
        await store.RemoveAsync(user, cancellationToken);
        return had;
    }
}
