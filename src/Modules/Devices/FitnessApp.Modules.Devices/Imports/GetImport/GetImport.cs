using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Devices.Imports.GetImport;

/// <summary>One of the athlete's imports with its per-file results; 404 for anyone else's.</summary>
internal sealed record GetImport(Guid ImportId, Guid AthleteId) : IQuery<ImportResponse>;

internal sealed class GetImportHandler(DevicesDbContext db) : IRequestHandler<GetImport, ImportResponse>
{
    public Task<ImportResponse> Handle(GetImport request, CancellationToken cancellationToken) =>
        ImportResponses.LoadAsync(db, request.ImportId, request.AthleteId, cancellationToken);
}
