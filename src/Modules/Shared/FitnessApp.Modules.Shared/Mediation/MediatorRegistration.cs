using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shared.Mediation;

/// <summary>
/// MediatR 5.1.0 has no DI package here: the mediator, its service factory and the pipeline are
/// registered by hand, handlers and validators by a Scrutor scan of each module's assembly.
/// </summary>
public static class MediatorRegistration
{
    public static IServiceCollection AddPlatformMediator(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetRequiredService);
        services.AddScoped<IMediator, Mediator>();
        services.AddSingleton<IPortalMediator, PortalMediator>();

        // Registration order is pipeline order: the first one registered is the outermost.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));
        return services;
    }

    public static IServiceCollection AddMediatorHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
                .AsImplementedInterfaces()
                .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(INotificationHandler<>)), publicOnly: false)
                .AsImplementedInterfaces()
                .WithScopedLifetime()
            // Only validators of requests: the validation behaviour asks for those. Validators of nested
            // inputs are built by their parent validator (they may need values a container cannot give).
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)).Where(ValidatesARequest), publicOnly: false)
                .AsImplementedInterfaces()
                .WithTransientLifetime());
        return services;
    }

    private static bool ValidatesARequest(Type validator) =>
        validator.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)
            && typeof(IBaseRequest).IsAssignableFrom(i.GetGenericArguments()[0]));
}
