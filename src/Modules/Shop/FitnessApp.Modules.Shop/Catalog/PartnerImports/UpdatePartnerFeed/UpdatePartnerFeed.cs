using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using FitnessApp.Modules.Shop.Data;
using MediatR;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.UpdatePartnerFeed;

/// <summary>Replaces a feed's settings; its code (the products' source) stays.</summary>
internal sealed record UpdatePartnerFeed(
    Guid Id, string? Name, string? Format, string? Url, int? IntervalHours, bool? Enabled, Guid? DefaultCategoryId)
    : ICommand<PartnerFeedResponse>, IPartnerFeedFields;

internal sealed class UpdatePartnerFeedValidator : PartnerFeedFieldsValidator<UpdatePartnerFeed>;

internal sealed class UpdatePartnerFeedHandler(ShopDbContext db) : IRequestHandler<UpdatePartnerFeed, PartnerFeedResponse>
{
    public async Task<PartnerFeedResponse> Handle(UpdatePartnerFeed request, CancellationToken cancellationToken)
    {
        var feed = await db.FeedAsync(request.Id, cancellationToken);
        await request.ApplyToAsync(feed, db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return PartnerFeedResponse.From(feed);
    }
}
