using FitnessApp.Modules.Shared.Idempotency;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FitnessApp.Host.Api;

/// <summary>The OpenAPI document and UI at <c>/swagger</c>, on in every environment unless <c>Swagger:Enabled=false</c>.</summary>
internal static class SwaggerSetup
{
    public const string BearerSchemeName = "Bearer";

    public static IServiceCollection AddPlatformSwagger(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("Swagger:Enabled", defaultValue: true))
        {
            return services;
        }

        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "FitnessApp API",
                Version = "v1",
                Description = "REST API for FitnessApp's mobile clients. Sign in with POST /api/v1/accounts/login and send the access token as 'Authorization: Bearer <token>'.",
            });
            options.AddSecurityDefinition(BearerSchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                In = ParameterLocation.Header,
                Description = "The accessToken from POST /api/v1/accounts/login.",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerSchemeName, document)] = [],
            });
            options.OperationFilter<IdempotencyKeyHeaderFilter>();
            options.CustomSchemaIds(type => type.FullName!.Replace('+', '.'));
        });
        return services;
    }

    /// <summary>The UI is static files served by middleware: it runs before authentication, so visitors can read the docs.</summary>
    public static WebApplication UsePlatformSwaggerUi(this WebApplication app)
    {
        if (app.Configuration.GetValue("Swagger:Enabled", defaultValue: true))
        {
            app.UseSwaggerUI(options =>
            {
                options.SwaggerEndpoint("/swagger/v1/swagger.json", "FitnessApp API v1");
                options.RoutePrefix = "swagger";
                options.DocumentTitle = "FitnessApp API";
            });
        }

        return app;
    }

    public static WebApplication MapPlatformSwagger(this WebApplication app)
    {
        if (app.Configuration.GetValue("Swagger:Enabled", defaultValue: true))
        {
            app.MapSwagger("/swagger/{documentName}/swagger.json").AllowAnonymous();
        }

        return app;
    }

    /// <summary>Documents the optional <c>Idempotency-Key</c> header on endpoints that honour it.</summary>
    private sealed class IdempotencyKeyHeaderFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentEndpointMetadata>().Any())
            {
                return;
            }

            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyKey.HeaderName,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Any unique string (e.g. a UUID). Repeating the request with the same key and body replays the first response; the same key with another body is 422.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyKey.MaxLength },
            });
        }
    }
}
