using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.CreatePartnerFeed;

internal static class CreatePartnerFeedEndpoint
{
    public static void MapCreatePartnerFeed(this IEndpointRouteBuilder group) =>
        group.MapPost(PartnerImportRoutes.Feeds, Handle)
            .WithName("CreatePartnerFeed")
            .WithSummary("Operators: add a partner catalog feed (code, format, URL or uploads only, schedule, default category)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<PartnerFeedResponse>> Handle(CreatePartnerFeed body, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(body, cancellationToken);
        return TypedResults.Created(PartnerImportRoutes.Feed(created.Id), created);
    }
}
