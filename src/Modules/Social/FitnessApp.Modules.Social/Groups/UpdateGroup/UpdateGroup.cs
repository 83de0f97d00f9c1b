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

namespace FitnessApp.Modules.Social.Groups.UpdateGroup;

/// <summary>Replaces a group's name, description, sport, city and privacy (owner or admin).</summary>
internal sealed record UpdateGroup(Guid GroupId, Guid UserId, string? Name, string? Description, string? Sport, string? City, string? Privacy)
    : ICommand<GroupResponse>, IGroupFields;

internal sealed class UpdateGroupValidator : AbstractValidator<UpdateGroup>
{
    public UpdateGroupValidator() => Include(new GroupFieldsValidator());
}

internal sealed class UpdateGroupHandler(SocialDbContext db, GroupAccess access, TimeProvider clock) : IRequestHandler<UpdateGroup, GroupResponse>
{
    public async Task<GroupResponse> Handle(UpdateGroup request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsAdminAsync(request.GroupId, request.UserId, cancellationToken);
        view.Group.Apply(request);
        view.Group.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return GroupResponse.From(view.Group, view.Membership, await db.MemberCountAsync(view.Group.Id, cancellationToken));
    }
}

internal static class UpdateGroupEndpoint
{
    public sealed record Body(string? Name, string? Description, string? Sport, string? City, string? Privacy);

    public static void MapUpdateGroup(this IEndpointRouteBuilder api) =>
        api.MapPut(GroupRoutes.Group, Handle)
            .WithName("UpdateGroup")
            .WithSummary("Replace a group's details (owner or admin)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<GroupResponse>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateGroup(id, principal.GetUserId(), body.Name, body.Description, body.Sport, body.City, body.Privacy), cancellationToken));
}
