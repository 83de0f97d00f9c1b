using FitnessApp.Modules.Shared.Errors;

namespace FitnessApp.Modules.Devices.Providers;

internal sealed class ProviderConnectors(IEnumerable<IProviderConnector> connectors)
{
    public IReadOnlyList<IProviderConnector> All { get; } = [.. connectors];

    /// <summary>The connector of a provider named in a route; 404 for any other name.</summary>
    public IProviderConnector Get(string provider) =>
        All.FirstOrDefault(c => c.Name == provider) ?? throw new NotFoundException("Provider", provider);
}
