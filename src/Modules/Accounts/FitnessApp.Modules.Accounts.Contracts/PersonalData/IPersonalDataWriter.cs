namespace FitnessApp.Modules.Accounts.Contracts.PersonalData;

/// <summary>Where a module writes its part of an export; every path lands under the module's own folder in the zip.</summary>
public interface IPersonalDataWriter
{
    /// <summary>Writes <c>{Module}/{name}.json</c>: <paramref name="value"/> as indented camelCase JSON.</summary>
    Task WriteJsonAsync<T>(string name, T value, CancellationToken cancellationToken);

    /// <summary>Writes <c>{Module}/{path}</c> as given (e.g. an activity's original FIT file); path segments separated by '/'.</summary>
    Task WriteFileAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}
