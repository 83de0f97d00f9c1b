using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Support.Domain;
using FitnessApp.Modules.Support.Queue.AddInternalNote;
using FitnessApp.Modules.Support.Queue.AssignTicket;
using FitnessApp.Modules.Support.Queue.ChangeTicketStatus;
using FitnessApp.Modules.Support.Queue.GetQueueTicket;
using FitnessApp.Modules.Support.Queue.ListAgents;
using FitnessApp.Modules.Support.Queue.ListQueue;
using FitnessApp.Modules.Support.Queue.ReplyAsOperator;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Support.Queue;

/// <summary>The operators' side (operator policy: athletes get 403): the queue, assignment, status, replies, internal notes.</summary>
internal static class QueueEndpoints
{
    internal sealed record AssigneeBody(Guid? AssigneeId);

    internal sealed record StatusBody(string? Status);

    internal sealed record TextBody(string? Text);

    public static void MapQueue(this IEndpointRouteBuilder group)
    {
        var queue = group.MapGroup(QueueRoutes.Queue).RequireAuthorization(PlatformPolicies.Operator);
        queue.MapGet("", List)
            .WithName("ListSupportQueue")
            .WithSummary("Tickets, newest first; filter by status, category, assigneeId, mine=true or unassigned=true; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        queue.MapGet("/agents", Agents)
            .WithName("ListSupportAgents")
            .WithSummary("The operators tickets may be assigned to: every operator and admin whose account is not locked")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        queue.MapGet("/{id:guid}", Get)
            .WithName("GetSupportQueueTicket")
            .WithSummary("A ticket with its whole conversation, internal notes included")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        queue.MapPut("/{id:guid}/assignee", Assign)
            .WithName("AssignSupportTicket")
            .WithSummary("Assign a ticket to the caller or another support operator (assigneeId), or unassign it (null)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        queue.MapPut("/{id:guid}/status", Status)
            .WithName("ChangeSupportTicketStatus")
            .WithSummary("Move a ticket to new, inProgress, waitingForUser or resolved; a refused transition is a 409")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        queue.MapPost("/{id:guid}/messages", Reply)
            .WithName("ReplyToSupportTicket")
            .WithSummary("Reply to the athlete (public; they are notified); the ticket then waits for the user")
            .Produces<QueueTicketResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        queue.MapPost("/{id:guid}/notes", Note)
            .WithName("AddSupportInternalNote")
            .WithSummary("Add an internal note, which the athlete never sees")
            .Produces<QueueTicketResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Page<QueueItemResponse>>> List(
        ClaimsPrincipal principal, IMediator mediator, string? status, string? category, Guid? assigneeId, bool? mine, bool? unassigned,
        string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ListQueue.ListQueue(principal.GetUserId(), status, category, assigneeId, mine ?? false, unassigned ?? false, cursor, limit ?? PageLimits.DefaultLimit),
            cancellationToken));

    private static async Task<Ok<IReadOnlyList<AgentResponse>>> Agents(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListAgents.ListAgents(), cancellationToken));

    private static async Task<Ok<QueueTicketResponse>> Get(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetQueueTicket.GetQueueTicket(id), cancellationToken));

    private static async Task<Ok<QueueTicketResponse>> Assign(
        Guid id, AssigneeBody body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AssignTicket.AssignTicket(id, principal.GetUserId(), body.AssigneeId), cancellationToken));

    private static async Task<Ok<QueueTicketResponse>> Status(
        Guid id, StatusBody body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ChangeTicketStatus.ChangeTicketStatus(id, principal.GetUserId(), body.Status), cancellationToken));

    private static async Task<Created<QueueTicketResponse>> Reply(
        Guid id, TextBody body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Created(QueueRoutes.Of(id), await mediator.Send(new ReplyAsOperator.ReplyAsOperator(id, principal.GetUserId(), body.Text), cancellationToken));

    private static async Task<Created<QueueTicketResponse>> Note(
        Guid id, TextBody body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Created(QueueRoutes.Of(id), await mediator.Send(new AddInternalNote.AddInternalNote(id, principal.GetUserId(), body.Text), cancellationToken));
}
