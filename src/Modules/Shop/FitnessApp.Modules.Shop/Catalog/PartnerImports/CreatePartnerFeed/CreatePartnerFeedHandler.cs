using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.CreatePartnerFeed;

internal sealed class CreatePartnerFeedHandler(ShopDbContext db, TimeProvider clock) : IRequestHandler<CreatePartnerFeed, PartnerFeedResponse>
{
    public async Task<PartnerFeedResponse> Handle(CreatePartnerFeed request, CancellationToken cancellationToken)
    {
        if (await db.PartnerFeeds.AnyAsync(f => f.Code == request.Code, cancellationToken))
        {
            throw new ConflictException($"A partner feed with the code {request.Code} already exists.");
        }

        var feed = new PartnerFeed { Id = Guid.CreateVersion7(), Code = request.Code!, Name = string.Empty, CreatedAt = clock.GetUtcNow().UtcDateTime };
        await request.ApplyToAsync(feed, db, cancellationToken);
        db.PartnerFeeds.Add(feed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new ConflictException($"A partner feed with the code {request.Code} already exists.");
        }

        return PartnerFeedResponse.From(feed);
    }
}
