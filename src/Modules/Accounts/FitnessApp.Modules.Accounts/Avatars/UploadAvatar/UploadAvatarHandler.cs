using FitnessApp.Modules.Accounts.Avatars.Imaging;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Avatars.UploadAvatar;

internal sealed class UploadAvatarHandler(AccountsDbContext db, AvatarStore store, IOptions<AvatarOptions> options)
    : IRequestHandler<UploadAvatar, AvatarResponse>
{
    public async Task<AvatarResponse> Handle(UploadAvatar request, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxUploadBytes;
        if (request.Content.Length > max)
        {
            throw new PayloadTooLargeException($"An avatar may be at most {max / 1024} KB; this file is {request.Content.Length / 1024} KB.");
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Account", request.UserId);
        var avatar = AvatarImaging.Process(request.Content);
        await store.ReplaceAsync(user, avatar, cancellationToken);
        return new AvatarResponse(
            AvatarLinks.Of(user.Id, user.AvatarVersion)!,
            AvatarLinks.Of(user.Id, user.AvatarVersion, AvatarSizes.Small)!,
            avatar.ContentType);
    }
}
