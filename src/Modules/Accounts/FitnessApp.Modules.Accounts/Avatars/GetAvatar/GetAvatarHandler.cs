using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Contracts.Connections;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Avatars.GetAvatar;

/// <summary>
/// The owner always sees their avatar; anyone signed in sees a public profile's; a followers-only profile's only its
/// accepted followers (the Social module's audience rule); anyone else gets 404, like a missing one (docs/adr/0014-avatars.md).
/// </summary>
internal sealed class GetAvatarHandler(AccountsDbContext db, IMediator mediator) : IRequestHandler<GetAvatar, AvatarFile>
{
    public async Task<AvatarFile> Handle(GetAvatar request, CancellationToken cancellationToken)
    {
        var size = request.Size ?? AvatarSizes.Large;
        var visibility = await db.Users.AsNoTracking()
            .Where(u => u.Id == request.UserId)
            .Select(u => (ProfileVisibility?)u.ProfileVisibility)
            .SingleOrDefaultAsync(cancellationToken);
        if (visibility is null || !await MaySeeAsync(request, visibility.Value, cancellationToken))
        {
            throw new NotFoundException("Avatar", request.UserId);
        }

        var image = await db.AvatarImages.AsNoTracking()
            .SingleOrDefaultAsync(a => a.UserId == request.UserId && a.Size == size, cancellationToken)
            ?? throw new NotFoundException("Avatar", request.UserId);
        return new AvatarFile(image.Content, image.ContentType, AvatarLinks.ETag(image.Version, size));
    }

    private async Task<bool> MaySeeAsync(GetAvatar request, ProfileVisibility visibility, CancellationToken cancellationToken)
    {
        if (request.ViewerId == request.UserId || visibility == ProfileVisibility.Public)
        {
            return true;
        }

        var audiences = await mediator.Send(new GetAudiences(request.ViewerId, [request.UserId]), cancellationToken);
        return audiences[request.UserId] == Audience.Follower;
    }
}
