using System.IO.Compression;
using System.Text.Json;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;

namespace FitnessApp.Modules.Accounts.PersonalData.Export;

/// <summary>One module's view of the export zip: every path lands under <c>{module}/</c> and is listed for the manifest.</summary>
internal sealed class ZipPersonalDataWriter(ZipArchive zip, string module) : IPersonalDataWriter
{
    private readonly List<ExportManifestFile> _files = [];

    public IReadOnlyList<ExportManifestFile> Files => _files;

    public async Task WriteJsonAsync<T>(string name, T value, CancellationToken cancellationToken)
    {
        var path = EntryPath(name + ".json");
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        long size;
        await using (var stream = await entry.OpenAsync(cancellationToken))
        await using (var counting = new CountingStream(stream))
        {
            await JsonSerializer.SerializeAsync(counting, value, PersonalDataJson.Options, cancellationToken);
            size = counting.Length;
        }

        _files.Add(new ExportManifestFile(path, size));
    }

    public async Task WriteFileAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var entryPath = EntryPath(path);
        var entry = zip.CreateEntry(entryPath, CompressionLevel.Optimal);
        await using (var stream = await entry.OpenAsync(cancellationToken))
        {
            await stream.WriteAsync(content, cancellationToken);
        }

        _files.Add(new ExportManifestFile(entryPath, content.Length));
    }

    /// <summary><c>{module}/{path}</c>, refusing anything that could leave the module's folder or collide with an earlier file.</summary>
    public string EntryPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var segments = path.Split('/');
        if (segments.Any(s => s.Length == 0 || s is "." or ".." || s.Contains('\\', StringComparison.Ordinal) || s.Any(char.IsControl)))
        {
            throw new ArgumentException($"'{path}' is not a relative path of '/'-separated names.", nameof(path));
        }

        var entryPath = $"{module}/{path}";
        return _files.Any(f => string.Equals(f.Path, entryPath, StringComparison.OrdinalIgnoreCase))
            ? throw new ArgumentException($"'{entryPath}' was already written.", nameof(path))
            : entryPath;
    }
}
