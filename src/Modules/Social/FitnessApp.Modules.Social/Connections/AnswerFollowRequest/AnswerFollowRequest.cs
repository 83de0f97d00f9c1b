using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Connections.AnswerFollowRequest;

/// <summary>Accepts (or, with <paramref name="Accept"/> false, declines) <paramref name="UserId"/>'s pending request to follow the viewer.</summary>
internal sealed record AnswerFollowRequest(Guid ViewerId, Guid UserId, bool Accept) : ICommand<Unit>;

internal sealed class AnswerFollowRequestValidator : AbstractValidator<AnswerFollowRequest>
{
    public AnswerFollowRequestValidator() => this.NotSelf(r => r.ViewerId, r => r.UserId, "answer");
}

internal sealed class AnswerFollowRequestHandler(SocialDbContext db, FollowChanges changes) : IRequestHandler<AnswerFollowRequest, Unit>
{
    public async Task<Unit> Handle(AnswerFollowRequest request, CancellationToken cancellationToken)
    {
        var follow = await db.Follows.SingleOrDefaultAsync(
                f => f.FollowerId == request.UserId && f.FolloweeId == request.ViewerId && f.State == FollowState.Pending, cancellationToken)
            ?? throw new NotFoundException("FollowRequest", request.UserId);
        if (request.Accept)
        {
            await changes.AcceptAsync(follow, cancellationToken);
        }
        else
        {
            await changes.RemoveAsync(follow, cancellationToken);
        }

        return Unit.Value;
    }
}

internal static class AnswerFollowRequestEndpoint
{
    public static void MapAnswerFollowRequest(this IEndpointRouteBuilder api)
    {
        Map(api, "accept", true, "AcceptFollowRequest", "Accept an athlete's request to follow the caller");
        Map(api, "decline", false, "DeclineFollowRequest", "Decline an athlete's request to follow the caller");
    }

    private static void Map(IEndpointRouteBuilder api, string action, bool accept, string name, string summary) =>
        api.MapPost($"/follow-requests/{{userId:guid}}/{action}", async (Guid userId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new AnswerFollowRequest(principal.GetUserId(), userId, accept), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName(name)
            .WithSummary(summary + "; 404 without a pending request")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
