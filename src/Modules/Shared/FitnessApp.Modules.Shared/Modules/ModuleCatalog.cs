using System.Reflection;

namespace FitnessApp.Modules.Shared.Modules;

/// <summary>The modules that are enabled in this host, in the order the host listed them.</summary>
public sealed class ModuleCatalog
{
    private readonly List<IModule> _modules = [];

    public IReadOnlyList<IModule> Modules => _modules;

    public IEnumerable<Type> DbContextTypes => _modules.Select(m => m.DbContextType).OfType<Type>();

    public IEnumerable<Assembly> PageAssemblies => _modules.Where(m => m.HasPages).Select(m => m.Assembly);

    public bool IsEnabled(string name) => _modules.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The module that declares <paramref name="type"/> in its implementation or contracts assembly.</summary>
    public IModule? OwnerOf(Type type) =>
        _modules.FirstOrDefault(m => m.Assembly == type.Assembly || m.ContractsAssembly == type.Assembly);

    internal void Add(IModule module)
    {
        if (IsEnabled(module.Name))
        {
            throw new InvalidOperationException($"The module '{module.Name}' is registered twice.");
        }

        _modules.Add(module);
    }
}
