using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Connections.GetAthleteActivities;

/// <summary>An athlete's activities that the viewer may see (<see cref="SocialGraph.MaySee"/>), newest first.</summary>
internal sealed record GetAthleteActivities(Guid ViewerId, Guid UserId, string? Cursor, int Limit) : IQuery<Page<AthleteActivitySummary>>;

internal sealed class GetAthleteActivitiesValidator : AbstractValidator<GetAthleteActivities>
{
    public GetAthleteActivitiesValidator() => this.LimitAndCursor(q => q.Limit, q => q.Cursor);
}

internal sealed class GetAthleteActivitiesHandler(ConnectionAthletes athletes, IMediator mediator)
    : IRequestHandler<GetAthleteActivities, Page<AthleteActivitySummary>>
{
    public async Task<Page<AthleteActivitySummary>> Handle(GetAthleteActivities request, CancellationToken cancellationToken)
    {
        var (_, audience) = await athletes.OpenAsync(request.ViewerId, request.UserId, cancellationToken);
        var visibilities = Enum.GetValues<Visibility>().Where(v => SocialGraph.MaySee(audience, v)).ToList();
        return await mediator.Send(new ListAthleteActivities(request.UserId, visibilities, request.Cursor, request.Limit), cancellationToken);
    }
}

internal static class GetAthleteActivitiesEndpoint
{
    public static void MapGetAthleteActivities(this IEndpointRouteBuilder api) =>
        api.MapGet("/athletes/{id:guid}/activities", async (Guid id, string? cursor, int? limit, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetAthleteActivities(principal.GetUserId(), id, cursor, limit ?? ConnectionLimits.DefaultLimit), cancellationToken)))
            .WithName("GetAthleteActivities")
            .WithSummary("An athlete's activities the caller may see: all for the owner, public and followers-only for a follower, public for anyone else")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
