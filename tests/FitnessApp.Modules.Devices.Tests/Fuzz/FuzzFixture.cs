using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Devices.Files.Gpx;
using FitnessApp.Modules.Devices.Files.Tcx;
using FitnessApp.Modules.Devices.Tests.Files;

namespace FitnessApp.Modules.Devices.Tests.Fuzz;

/// <summary>One file of the corpus (real files and generated ones) that the fuzzer mutates, with the parser of its format.</summary>
internal sealed record FuzzFixture(string Name, byte[] Bytes, string Format)
{
    /// <summary>Every .fit, .gpx and .tcx file under tests/corpus (fit/, gpx/, tcx/, generated/), in name order.</summary>
    public static IReadOnlyList<FuzzFixture> All { get; } = Load();

    /// <summary>
    /// Which fixture each case mutates, in turn: a small file four times per round, the largest (up to 1 MB) once, so
    /// that 10,000 cases stay within a minute on two cores while every fixture gets hundreds of cases.
    /// </summary>
    public static IReadOnlyList<FuzzFixture> Schedule { get; } =
    [
        .. All.SelectMany(f => Enumerable.Repeat(f, Math.Clamp((int)Math.Round(4.0 * 256 * 1024 / Math.Max(1, f.Bytes.Length)), 1, 4))),
    ];

    /// <summary>A single-file FIT fixture: the fuzzer can repair its sizes and CRCs so that mutations reach the activity builder.</summary>
    public bool IsSingleFit => Format == "fit" && Bytes.Length > 14 && Bytes[0] is 12 or 14
        && BitConverter.ToUInt32(Bytes, 4) + Bytes[0] + 2 == Bytes.Length;

    public static IActivityFileParser ParserFor(string format) => format switch
    {
        "fit" => new FitParser(),
        "gpx" => new GpxParser(),
        _ => new TcxParser(),
    };

    private static List<FuzzFixture> Load() =>
    [
        .. Directory.EnumerateFiles(Corpus.Folder, "*", SearchOption.AllDirectories)
            .Select(path => (path, format: Path.GetExtension(path).TrimStart('.').ToLowerInvariant()))
            .Where(f => f.format is "fit" or "gpx" or "tcx")
            .OrderBy(f => f.path, StringComparer.Ordinal)
            .Select(f => new FuzzFixture(Path.GetRelativePath(Corpus.Folder, f.path), File.ReadAllBytes(f.path), f.format)),
    ];
}
