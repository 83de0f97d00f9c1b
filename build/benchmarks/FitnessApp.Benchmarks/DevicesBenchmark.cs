using System.Diagnostics;
using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Devices.Files.Gpx;

namespace FitnessApp.Benchmarks;

/// <summary>
/// Activity-file parsing speed and memory (build/benchmarks/run.sh --devices, which makes the files with
/// build/peers/fit/generate.mjs and times Garmin's decoder and gpxpy on the same files).
///   --devices fit-file gpx-file [runs]    decode throughput from memory: median / min of the runs, MB/s
///   --devices-memory file                 one parse from disk in a fresh process: peak working set, GC figures
/// </summary>
internal static class DevicesBenchmark
{

    public static void Start(string[] args)
    {
        if (args[0] == "--devices-memory")
        {
            Memory(args[1]);
        }
        else
        {
            Run(args[1..]);
        }
    }

    private static void Run(string[] args)
    {
        var fit = File.ReadAllBytes(args[0]);
        var gpx = File.ReadAllBytes(args[1]);
        var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15;

        Time("FIT decode only (FitDecoder, every message, no samples kept)", fit, runs, bytes =>
        {
            var handler = new CountingHandler();
            new FitDecoder(new MemoryStream(bytes, writable: false), handler).Decode();
            return handler.Messages;
        });
        Time("FIT parse (FitParser: ParsedActivity with every sample)", fit, runs, bytes =>
            new FitParser().Parse(new MemoryStream(bytes, writable: false)).Sum(a => a.Samples.Count));
        Time("GPX parse (GpxParser: ParsedActivity with every sample)", gpx, runs, bytes =>
            new GpxParser().Parse(new MemoryStream(bytes, writable: false)).Sum(a => a.Samples.Count));
    }

    private static void Memory(string file)
    {
        IActivityFileParser parser = Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".fit" => new FitParser(),
            ".gpx" => new GpxParser(),
            _ => throw new ArgumentException("a .fit or .gpx file", nameof(file)),
        };
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var sw = Stopwatch.StartNew();
        using var stream = File.OpenRead(file);
        var activities = parser.Parse(stream);
        var elapsed = sw.Elapsed.TotalSeconds;
        var samples = activities.Sum(a => a.Samples.Count);
        var heapWithResult = GC.GetTotalMemory(forceFullCollection: true);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(
            $"{Path.GetFileName(file)}: {new FileInfo(file).Length / 1e6:F1} MB, {samples:N0} samples in {elapsed:F2} s; " +
            $"peak working set {process.PeakWorkingSet64 / 1e6:F0} MB (process at start {before / 1e6:F0} MB); " +
            $"GC allocated during the parse {GC.GetTotalAllocatedBytes(precise: true) / 1e6:F0} MB; " +
            $"live heap holding the result {heapWithResult / 1e6:F0} MB");
        GC.KeepAlive(activities);
    }

    private static void Time(string what, byte[] bytes, int runs, Func<byte[], int> parse)
    {
        var count = 0;
        for (var i = 0; i < 3; i++)
        {
            count = parse(bytes);
        }

        // Wall time, and the process's CPU time (GC included): on a shared machine the CPU time is the steadier figure.
        var seconds = new double[runs];
        var cpu = new double[runs];
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            parse(bytes);
            seconds[i] = sw.Elapsed.TotalSeconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        }

        Array.Sort(seconds);
        Array.Sort(cpu);
        var median = seconds[runs / 2];
        var mb = bytes.Length / 1e6;
        Console.WriteLine(
            $"{what}: {mb:F1} MB, {count:N0} items; wall median {median * 1000:F1} ms = {mb / median:F1} MB/s " +
            $"(min {seconds[0] * 1000:F1} ms = {mb / seconds[0]:F1} MB/s, max {seconds[^1] * 1000:F1} ms); " +
            $"CPU median {cpu[runs / 2] * 1000:F1} ms = {mb / cpu[runs / 2]:F1} MB/s; {runs} runs");
    }

    private sealed class CountingHandler : IFitMessageHandler
    {
        public int Messages { get; private set; }

        public void OnFileStart()
        {
        }

        public void OnMessage(FitMessage message) => Messages++;
    }
}
