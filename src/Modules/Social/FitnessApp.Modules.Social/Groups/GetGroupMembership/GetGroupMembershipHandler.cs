using FitnessApp.Modules.Social.Contracts.Groups;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.GetGroupMembership;

internal sealed class GetGroupMembershipHandler(SocialDbContext db) : IRequestHandler<Contracts.Groups.GetGroupMembership, GroupMembershipRole?>
{
    public async Task<GroupMembershipRole?> Handle(Contracts.Groups.GetGroupMembership request, CancellationToken cancellationToken)
    {
        var row = await (
                from m in db.GroupMembers.AsNoTracking()
                join g in db.Groups.AsNoTracking() on m.GroupId equals g.Id
                where m.GroupId == request.GroupId && m.UserId == request.UserId && m.State == MembershipState.Active
                      && (g.HiddenAt == null || g.OwnerId == request.UserId)
                select (GroupRole?)m.Role)
            .FirstOrDefaultAsync(cancellationToken);
        return row switch
        {
            GroupRole.Owner => GroupMembershipRole.Owner,
            GroupRole.Admin => GroupMembershipRole.Admin,
            GroupRole.Member => GroupMembershipRole.Member,
            _ => null,
        };
    }
}
