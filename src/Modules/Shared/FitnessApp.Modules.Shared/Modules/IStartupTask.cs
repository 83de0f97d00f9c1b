namespace FitnessApp.Modules.Shared.Modules;

/// <summary>
/// Work a module needs done once per start, after every module's migrations and before demo seeding
/// and the first request (e.g. reference rows such as roles). Must be idempotent: every host runs it.
/// </summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
