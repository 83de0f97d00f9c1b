using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Groups.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Groups.ChangeMemberRole;

/// <summary>Promotes a member to admin or demotes an admin to member (owner only); ownership moves by transfer.</summary>
internal sealed record ChangeMemberRole(Guid GroupId, Guid UserId, Guid MemberId, string? Role) : ICommand<MemberResponse>;

internal sealed class ChangeMemberRoleValidator : AbstractValidator<ChangeMemberRole>
{
    public ChangeMemberRoleValidator() =>
        RuleFor(c => c.Role).Must(r => r is "admin" or "member").WithMessage("'role' must be one of: admin, member.");
}

internal sealed class ChangeMemberRoleHandler(GroupAccess access, AthleteDirectory athletes) : IRequestHandler<ChangeMemberRole, MemberResponse>
{
    public async Task<MemberResponse> Handle(ChangeMemberRole request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsOwnerAsync(request.GroupId, request.UserId, cancellationToken);
        var member = await access.FindMemberAsync(view.Group.Id, request.MemberId, cancellationToken);
        if (member.Role == GroupRole.Owner)
        {
            throw new ConflictException("The owner's role changes only by transferring the ownership (POST .../owner).");
        }

        member.Role = WireNames.Parse<GroupRole>(request.Role!);
        return MemberResponse.From(member, await athletes.NamesAsync([member.UserId], cancellationToken));
    }
}

internal static class ChangeMemberRoleEndpoint
{
    public sealed record Body(string? Role);

    public static void MapChangeMemberRole(this IEndpointRouteBuilder api) =>
        api.MapPut(GroupRoutes.Group + "/members/{userId:guid}/role", Handle)
            .WithName("ChangeGroupMemberRole")
            .WithSummary("Make a member an admin or an admin a member (owner only)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<MemberResponse>> Handle(Guid id, Guid userId, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ChangeMemberRole(id, principal.GetUserId(), userId, body.Role), cancellationToken));
}
