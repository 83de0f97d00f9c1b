using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Devices.Imports.ListImports;

/// <summary>The athlete's imports, newest first, <see cref="Limit"/> per page; pass the page's next cursor back as <see cref="Cursor"/>.</summary>
internal sealed record ListImports(Guid AthleteId, string? Cursor, int Limit = ListImports.DefaultLimit) : IQuery<Page<ImportResponse>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
