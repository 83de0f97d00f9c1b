namespace FitnessApp.Modules.Accounts.Contracts.PersonalData;

/// <summary>
/// A module's part of a user's data export and erasure. Every module that stores anything about a user registers one
/// (<c>services.AddScoped&lt;IPersonalDataExporter, X&gt;()</c>): the Accounts export job asks each for its files, and
/// an erasure is complete once each of these modules has sent <see cref="ConfirmAccountErasure"/>.
/// </summary>
public interface IPersonalDataExporter
{
    /// <summary>The module's name (<c>IModule.Name</c>): the folder of its files in the export zip.</summary>
    string Module { get; }

    /// <summary>Writes everything the module holds about <paramref name="userId"/> through <paramref name="writer"/>.</summary>
    Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken);
}
