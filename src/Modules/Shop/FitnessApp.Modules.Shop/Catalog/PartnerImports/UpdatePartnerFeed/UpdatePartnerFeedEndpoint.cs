using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.UpdatePartnerFeed;

internal static class UpdatePartnerFeedEndpoint
{
    public sealed record Body(string? Name, string? Format, string? Url, int? IntervalHours, bool? Enabled, Guid? DefaultCategoryId);

    public static void MapUpdatePartnerFeed(this IEndpointRouteBuilder group) =>
        group.MapPut(PartnerImportRoutes.Feeds + "/{id:guid}", Handle)
            .WithName("UpdatePartnerFeed")
            .WithSummary("Operators: replace a partner feed's settings (its code stays)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<PartnerFeedResponse>> Handle(Guid id, Body body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdatePartnerFeed(id, body.Name, body.Format, body.Url, body.IntervalHours, body.Enabled, body.DefaultCategoryId), cancellationToken));
}
