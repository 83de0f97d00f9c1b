using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FitnessApp.Host.Portal.BlazorScript;

/// <summary>
/// Serves Blazor's browser script, read at startup out of the .NET 9 Components.Endpoints assembly that
/// the build embeds in the host (see BlazorScript.targets and ADR 0003).
/// </summary>
internal static class BlazorScriptEndpoint
{
    public const string Path = "/_framework/blazor.web.js";
    private const string SourceResource = "FitnessApp.Host.BlazorScriptSource.dll";
    private const string ScriptResource = "_framework/blazor.web.js";

    public static IEndpointRouteBuilder MapBlazorScript(this IEndpointRouteBuilder endpoints)
    {
        var script = Extract();
        endpoints.MapGet(Path, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=3600";
                return TypedResults.Bytes(script, "text/javascript");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }

    internal static byte[] Extract()
    {
        using var source = typeof(BlazorScriptEndpoint).Assembly.GetManifestResourceStream(SourceResource)
            ?? throw new InvalidOperationException($"The embedded resource {SourceResource} is missing: the build did not embed Blazor's script source.");
        using var pe = new PEReader(source);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (metadata.GetString(resource.Name) != ScriptResource)
            {
                continue;
            }

            var resources = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
            var reader = resources.GetReader((int)resource.Offset, resources.Length - (int)resource.Offset);
            return reader.ReadBytes(reader.ReadInt32());
        }

        throw new InvalidOperationException($"{SourceResource} has no resource {ScriptResource}.");
    }
}
