using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Admin.GetUser;

internal static class GetUserEndpoint
{
    public static void MapGetUser(this IEndpointRouteBuilder group) =>
        group.MapGet(AdminEndpoints.Users + "/{id:guid}", Handle)
            .WithName("AdminGetUser")
            .WithSummary("One account: profile, roles, email confirmation, lockout, last sign-in and its latest audit entries (operators)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<AdminUserDetail>> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetUser(id), cancellationToken));
}
