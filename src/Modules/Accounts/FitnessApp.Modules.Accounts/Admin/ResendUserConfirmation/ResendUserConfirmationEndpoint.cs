using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Admin.ResendUserConfirmation;

internal static class ResendUserConfirmationEndpoint
{
    public static void MapResendUserConfirmation(this IEndpointRouteBuilder group) =>
        group.MapPost(AdminEndpoints.Users + "/{id:guid}/resend-confirmation", Handle)
            .WithName("AdminResendConfirmation")
            .WithSummary("Mail a new confirmation link to an account whose email is not confirmed; audited (operators)")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Accepted> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ResendUserConfirmation(principal.GetUserId(), id), cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
