using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FitnessApp.Benchmarks;
using FitnessApp.Modules.Training.Statistics;

if (args.Length > 1 && args[0] is "--devices" or "--devices-memory")
{
    DevicesBenchmark.Start(args);
    return;
}

if (args.Contains("--progress"))
{
    await ProgressBenchmark.RunAsync();
    return;
}

if (args.Contains("--social-feed"))
{
    await SocialFeedBenchmark.RunAsync();
    return;
}

if (args.Contains("--loyalty"))
{
    await LoyaltyBenchmark.RunAsync(args);
    return;
}

if (args.Contains("--shop-catalog"))
{
    await ShopCatalogBenchmark.RunAsync();
    return;
}

if (args.Contains("--shop-checkout"))
{
    var variants = Array.IndexOf(args, "--variants") is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 4;
    await ShopCheckoutBenchmark.RunAsync(stockCoversDemand: args.Contains("--stock-covers-demand"), skus: variants);
    return;
}

if (args.Contains("--quick"))
{
    // A plain Stopwatch loop, for a figure in seconds without BenchmarkDotNet's full run.
    var track = ThreeHourTrack.Create();
    for (var i = 0; i < 50; i++)
    {
        TrackStatisticsCalculator.Compute(track, ThreeHourTrack.Options);
    }

    var times = new double[200];
    for (var i = 0; i < times.Length; i++)
    {
        var sw = Stopwatch.StartNew();
        TrackStatisticsCalculator.Compute(track, ThreeHourTrack.Options);
        times[i] = sw.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    Console.WriteLine($"3-hour 1 Hz track ({ThreeHourTrack.Samples} samples): median {times[100]:F3} ms, p95 {times[190]:F3} ms, min {times[0]:F3} ms");
    return;
}

// In-process: the generated-project toolchain would inherit the repository's central package management.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(TrackStatisticsBenchmark).Assembly).Run(args, config);
