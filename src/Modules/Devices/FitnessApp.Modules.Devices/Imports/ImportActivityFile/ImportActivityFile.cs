using MediatR;

namespace FitnessApp.Modules.Devices.Imports.ImportActivityFile;

/// <summary>
/// Imports an upload for an athlete: one FIT, GPX or TCX file (optionally gzipped) is imported at once
/// (<see cref="ImportResponse.Status"/> completed); a zip is checked, kept and queued for <see cref="ZipImports.ZipImportJob"/>
/// (status queued). <see cref="Content"/> is read once, as a stream (the API's form file, the portal's browser file).
/// </summary>
/// <remarks>
/// Not an <c>ICommand</c>: the import writes to Training and to this module in an order of its own and compensates
/// itself (docs/adr/0011), which one module transaction around it would only get in the way of.
/// </remarks>
internal sealed record ImportActivityFile(Guid AthleteId, string FileName, Stream Content) : IRequest<ImportResponse>;
