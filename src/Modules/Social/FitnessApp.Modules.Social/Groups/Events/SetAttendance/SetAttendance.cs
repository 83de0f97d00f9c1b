using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.Events.SetAttendance;

/// <summary>A member answers going, maybe or not going; a cancelled or started event is 409.</summary>
internal sealed record SetAttendance(Guid GroupId, Guid EventId, Guid UserId, string? Status) : ICommand<EventResponse>;

internal sealed class SetAttendanceValidator : AbstractValidator<SetAttendance>
{
    public SetAttendanceValidator() =>
        RuleFor(c => c.Status).Must(WireNames.IsValid<AttendanceStatus>).WithMessage($"'status' must be one of: {WireNames.Names<AttendanceStatus>()}.");
}

internal sealed class SetAttendanceHandler(SocialDbContext db, GroupAccess access, TimeProvider clock) : IRequestHandler<SetAttendance, EventResponse>
{
    public async Task<EventResponse> Handle(SetAttendance request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsMemberAsync(request.GroupId, request.UserId, cancellationToken);
        var groupEvent = await db.FindEventAsync(view.Group.Id, request.EventId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (groupEvent.CancelledAt is not null || groupEvent.StartsAt <= now)
        {
            throw new ConflictException("The event is cancelled or has started: it takes no more answers.");
        }

        var status = WireNames.Parse<AttendanceStatus>(request.Status!);
        var attendance = await db.EventAttendances.SingleOrDefaultAsync(a => a.EventId == groupEvent.Id && a.UserId == request.UserId, cancellationToken);
        if (attendance is null)
        {
            db.EventAttendances.Add(new EventAttendance { EventId = groupEvent.Id, UserId = request.UserId, Status = status, RespondedAt = now });
        }
        else if (attendance.Status != status)
        {
            attendance.Status = status;
            attendance.RespondedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ResponseAsync(groupEvent, request.UserId, cancellationToken);
    }
}

internal static class SetAttendanceEndpoint
{
    public sealed record Body(string? Status);

    public static void MapSetAttendance(this IEndpointRouteBuilder api) =>
        api.MapPut(GroupRoutes.Event + "/attendance", Handle)
            .WithName("SetGroupEventAttendance")
            .WithSummary("Answer an event: going, maybe or notGoing (members)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<EventResponse>> Handle(
        Guid id, Guid eventId, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SetAttendance(id, eventId, principal.GetUserId(), body.Status), cancellationToken));
}
