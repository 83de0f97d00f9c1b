using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Infrastructure;

public static class ServiceProviderExtensions
{
    /// <summary>Runs <paramref name="query"/> on a fresh instance of a module's DbContext in its own scope.</summary>
    public static async Task<T> QueryAsync<TContext, T>(this IServiceProvider services, Func<TContext, Task<T>> query)
        where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }
}
