using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shared.Idempotency;

public static class IdempotencyEndpointExtensions
{
    /// <summary>Honours <c>Idempotency-Key</c> on this endpoint, keeping responses in <typeparamref name="TContext"/>'s schema.</summary>
    public static RouteHandlerBuilder WithIdempotency<TContext>(this RouteHandlerBuilder builder)
        where TContext : DbContext =>
        builder
            .AddEndpointFilter<RouteHandlerBuilder, IdempotencyFilter<TContext>>()
            .WithMetadata(new IdempotentEndpointMetadata())
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>Marks an endpoint that honours <c>Idempotency-Key</c> (the OpenAPI document shows the header).</summary>
public sealed class IdempotentEndpointMetadata;
