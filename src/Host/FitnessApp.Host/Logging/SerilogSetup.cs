using Serilog;
using Serilog.Events;

namespace FitnessApp.Host.Logging;

/// <summary>
/// Serilog to the console and, unless <c>Logging:File:Enabled=false</c>, to a daily rolling file under
/// <c>Logging:File:Folder</c>. Levels come from the <c>Serilog</c> section.
/// </summary>
internal static class SerilogSetup
{
    private const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}";

    /// <summary>Returns the logger so that the host can report a failed start after the container is gone.</summary>
    public static Serilog.Core.Logger AddPlatformLogging(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.WithMachineName()
            .WriteTo.Console(outputTemplate: Template, restrictedToMinimumLevel: LogEventLevel.Verbose);

        if (configuration.GetValue("Logging:File:Enabled", defaultValue: true))
        {
            var folder = Path.GetFullPath(configuration["Logging:File:Folder"] ?? "logs", builder.Environment.ContentRootPath);
            logger.WriteTo.File(
                Path.Combine(folder, "fitnessapp-.log"),
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                fileSizeLimitBytes: 100 * 1024 * 1024,
                rollOnFileSizeLimit: true,
                shared: true);
        }

        var serilog = logger.CreateLogger();
        builder.Logging.ClearProviders().AddSerilog(serilog, dispose: false);
        return serilog;
    }
}
