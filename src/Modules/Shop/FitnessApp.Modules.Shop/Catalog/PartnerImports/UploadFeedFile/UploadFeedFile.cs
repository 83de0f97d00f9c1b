using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Runs;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.UploadFeedFile;

/// <summary>
/// Imports an uploaded file in the feed's format at once and answers the run's report. Not a unit-of-work command: the
/// importer commits product by product.
/// </summary>
internal sealed record UploadFeedFile(Guid FeedId, string? FileName, Stream Content) : IRequest<ImportRunResponse>;

internal sealed class UploadFeedFileHandler(ShopDbContext db, PartnerImportRunner runner, IOptions<PartnerImportOptions> options)
    : IRequestHandler<UploadFeedFile, ImportRunResponse>
{
    public async Task<ImportRunResponse> Handle(UploadFeedFile request, CancellationToken cancellationToken)
    {
        var feed = await db.FeedAsync(request.FeedId, cancellationToken);
        var run = await runner.QueueAsync(feed, ImportTrigger.Upload, Path.GetFileName(request.FileName), cancellationToken);
        var max = options.Value.MaxUploadBytes;
        var done = await runner.ExecuteAsync(run.Id, (_, _) => Task.FromResult<Stream>(new LimitedStream(request.Content, max)), cancellationToken);
        return done!.Status == ImportRunStatus.Skipped
            ? throw new ConflictException("Another run of this feed is in progress: try again when it is done.")
            : ImportRunResponse.From(done, withRows: true);
    }
}
