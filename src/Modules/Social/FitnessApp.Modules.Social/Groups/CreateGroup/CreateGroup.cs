using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Groups.CreateGroup;

/// <summary>Creates a group (public unless told otherwise) with its creator as the owner.</summary>
internal sealed record CreateGroup(Guid UserId, string? Name, string? Description, string? Sport, string? City, string? Privacy)
    : ICommand<GroupResponse>, IGroupFields;

internal sealed class CreateGroupValidator : AbstractValidator<CreateGroup>
{
    public CreateGroupValidator() => Include(new GroupFieldsValidator());
}

internal sealed class CreateGroupHandler(SocialDbContext db, TimeProvider clock) : IRequestHandler<CreateGroup, GroupResponse>
{
    public Task<GroupResponse> Handle(CreateGroup request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var group = new Group { Name = "", OwnerId = request.UserId, CreatedAt = now, UpdatedAt = now };
        group.Apply(request);
        var owner = new GroupMember
        {
            GroupId = group.Id, UserId = request.UserId, Role = GroupRole.Owner, State = MembershipState.Active, CreatedAt = now, JoinedAt = now,
        };
        db.Groups.Add(group);
        db.GroupMembers.Add(owner);
        return Task.FromResult(GroupResponse.From(group, owner, 1));
    }
}

internal static class CreateGroupEndpoint
{
    /// <summary><c>sport</c> is one of Training's sports, <c>privacy</c> <c>public</c> (default) or <c>private</c>.</summary>
    public sealed record Body(string? Name, string? Description, string? Sport, string? City, string? Privacy);

    public static void MapCreateGroup(this IEndpointRouteBuilder api) =>
        api.MapPost(GroupRoutes.Groups, Handle)
            .WithName("CreateGroup")
            .WithSummary("Create a group; the caller becomes its owner")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Created<GroupResponse>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var group = await mediator.Send(
            new CreateGroup(principal.GetUserId(), body.Name, body.Description, body.Sport, body.City, body.Privacy), cancellationToken);
        return TypedResults.Created(GroupRoutes.Of(group.Id), group);
    }
}
