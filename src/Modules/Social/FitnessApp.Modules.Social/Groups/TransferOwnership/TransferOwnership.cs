using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Groups.TransferOwnership;

/// <summary>Hands the group to another member (owner only); the former owner stays as an admin.</summary>
internal sealed record TransferOwnership(Guid GroupId, Guid UserId, Guid? NewOwnerId) : ICommand<GroupResponse>;

internal sealed class TransferOwnershipValidator : AbstractValidator<TransferOwnership>
{
    public TransferOwnershipValidator() => RuleFor(c => c.NewOwnerId).NotEmpty().OverridePropertyName("userId");
}

internal sealed class TransferOwnershipHandler(SocialDbContext db, GroupAccess access, TimeProvider clock) : IRequestHandler<TransferOwnership, GroupResponse>
{
    public async Task<GroupResponse> Handle(TransferOwnership request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsOwnerAsync(request.GroupId, request.UserId, cancellationToken);
        var newOwnerId = request.NewOwnerId!.Value;
        if (newOwnerId == request.UserId)
        {
            throw FieldErrors.For("userId", "The group already belongs to you.");
        }

        var member = await access.FindMemberAsync(view.Group.Id, newOwnerId, cancellationToken);
        member.Role = GroupRole.Owner;
        view.Membership!.Role = GroupRole.Admin;
        view.Group.OwnerId = newOwnerId;
        view.Group.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return GroupResponse.From(view.Group, view.Membership, await db.MemberCountAsync(view.Group.Id, cancellationToken));
    }
}

internal static class TransferOwnershipEndpoint
{
    public sealed record Body(Guid? UserId);

    public static void MapTransferOwnership(this IEndpointRouteBuilder api) =>
        api.MapPost(GroupRoutes.Group + "/owner", Handle)
            .WithName("TransferGroupOwnership")
            .WithSummary("Hand the group over to another member (owner only); the caller becomes an admin")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<GroupResponse>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new TransferOwnership(id, principal.GetUserId(), body.UserId), cancellationToken));
}
