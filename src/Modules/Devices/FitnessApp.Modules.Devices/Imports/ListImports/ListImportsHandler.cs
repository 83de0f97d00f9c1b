using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Shared.Contracts.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Imports.ListImports;

internal sealed class ListImportsHandler(DevicesDbContext db) : IRequestHandler<ListImports, Page<ImportResponse>>
{
    public async Task<Page<ImportResponse>> Handle(ListImports request, CancellationToken cancellationToken)
    {
        var query = db.Imports.AsNoTracking().Where(i => i.AthleteId == request.AthleteId);
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(i => i.CreatedAt < after.At || (i.CreatedAt == after.At && i.Id.CompareTo(after.Id) < 0));
        }

        var imports = await query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = imports.Take(request.Limit).ToList();
        var ids = page.Select(i => i.Id).ToList();
        var files = await db.ImportFiles.AsNoTracking().Where(f => ids.Contains(f.ImportId)).OrderBy(f => f.Position).ToListAsync(cancellationToken);
        var activities = await db.ImportedActivities.AsNoTracking().Where(a => ids.Contains(a.ImportId)).OrderBy(a => a.StartTime).ToListAsync(cancellationToken);
        var items = page.Select(i => ImportResponses.From(i, files.Where(f => f.ImportId == i.Id).ToList(), activities.Where(a => a.ImportId == i.Id).ToList())).ToList();
        var next = imports.Count > request.Limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<ImportResponse>(items, next);
    }
}
