using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Admin.ListUsers;

internal static class ListUsersEndpoint
{
    public static void MapListUsers(this IEndpointRouteBuilder group) =>
        group.MapGet(AdminEndpoints.Users, Handle)
            .WithName("AdminListUsers")
            .WithSummary("Accounts whose email or display name contains 'search', newest first, one page with the total count (operators)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<AdminPage<AdminUserRow>>> Handle(
        IMediator mediator, string? search, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListUsers(search, page ?? 1, pageSize ?? AdminPaging.DefaultPageSize), cancellationToken));
}
