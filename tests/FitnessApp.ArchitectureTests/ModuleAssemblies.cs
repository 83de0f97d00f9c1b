using System.Reflection;
using FitnessApp.Modules.Accounts;

namespace FitnessApp.ArchitectureTests;

/// <summary>
/// The module assemblies the host is built from, found by following references from the host and from
/// Accounts (never by scanning a folder, which could read a stale copy): every <c>FitnessApp.Modules.*</c>.
/// </summary>
public static class ModuleAssemblies
{
    public const string Prefix = "FitnessApp.Modules.";
    public const string SharedKernel = "FitnessApp.Modules.Shared";
    public const string SharedContracts = "FitnessApp.Modules.Shared.Contracts";

    private static readonly Lazy<IReadOnlyList<Assembly>> AllModules = new(Discover);

    /// <summary>Every FitnessApp.Modules.* assembly (kernel, modules, contracts).</summary>
    public static IReadOnlyList<Assembly> All => AllModules.Value;

    /// <summary>Module implementation assemblies (not the kernel, not contracts).</summary>
    public static IReadOnlyList<Assembly> Implementations =>
        All.Where(a => !IsContracts(a.GetName().Name!) && a.GetName().Name != SharedKernel).ToList();

    /// <summary>Contracts assemblies, the shared one included.</summary>
    public static IReadOnlyList<Assembly> Contracts => All.Where(a => IsContracts(a.GetName().Name!)).ToList();

    public static bool IsContracts(string name) => name.EndsWith(".Contracts", StringComparison.Ordinal);

    public static bool IsFitnessApp(string name) => name.StartsWith("FitnessApp.", StringComparison.Ordinal);

    private static List<Assembly> Discover()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var host = Assembly.Load("FitnessApp.Host");
        var pending = new Queue<Assembly>([host, typeof(AccountsModule).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith(Prefix, StringComparison.Ordinal)))
            {
                if (!found.ContainsKey(reference.Name!))
                {
                    var loaded = Assembly.Load(reference);
                    found[reference.Name!] = loaded;
                    pending.Enqueue(loaded);
                }
            }

            if (assembly.GetName().Name!.StartsWith(Prefix, StringComparison.Ordinal))
            {
                found.TryAdd(assembly.GetName().Name!, assembly);
            }
        }

        return found.Values.OrderBy(a => a.GetName().Name, StringComparer.Ordinal).ToList();
    }
}
