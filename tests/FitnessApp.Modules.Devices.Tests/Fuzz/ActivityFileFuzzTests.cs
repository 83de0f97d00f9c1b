using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FitnessApp.Modules.Devices.Files;
using Xunit.Abstractions;

namespace FitnessApp.Modules.Devices.Tests.Fuzz;

/// <summary>
/// Mutated and truncated versions of every FIT, GPX and TCX fixture (tests/corpus, generated files included), parsed
/// on every core with a watchdog. The only acceptable outcomes are a parse or an <see cref="ActivityFileException"/>:
/// any other exception, or a parse running longer than 2 s (plus 3 s per MB of input, for the 1 MB fixtures on a
/// busy machine), fails and names the seed and case to replay.
///   FITNESSAPP_FUZZ_CASES (default 10,000), FITNESSAPP_FUZZ_SEED (default 20261121),
///   FITNESSAPP_FUZZ_CASE=n replays case n alone.
/// </summary>
public sealed class ActivityFileFuzzTests(ITestOutputHelper output)
{
    private const int DefaultCases = 10_000;
    private const int DefaultSeed = 20261121;
    private const int MaxReported = 20;
    private const double MaxStallSeconds = 120;
    private const double StalledReplayFactor = 30;

    [Fact]
    public void Given_mutated_and_truncated_fixtures_of_every_format_When_parsed_Then_each_parses_or_is_refused_with_an_ActivityFileException_in_time()
    {
        var fixtures = FuzzFixture.All;
        fixtures.Count.ShouldBeGreaterThan(30);
        var schedule = FuzzFixture.Schedule;
        var seed = Setting("FITNESSAPP_FUZZ_SEED") ?? DefaultSeed;
        var total = Setting("FITNESSAPP_FUZZ_CASES") ?? DefaultCases;
        var only = Setting("FITNESSAPP_FUZZ_CASE");
        var cases = only is { } single ? [single] : Enumerable.Range(0, total).ToArray();

        var failures = new ConcurrentQueue<string>();
        var suspects = new ConcurrentDictionary<int, byte>();
        var stalled = new HashSet<int>();
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var next = -1;
        var workers = Math.Max(2, Environment.ProcessorCount);
        // Read and written under a lock: a torn (case, start) pair would be a false hang.
        var running = Enumerable.Repeat((Case: -1, Started: 0L, LimitSeconds: 0.0), workers).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, workers).Select(slot => new Thread(() =>
        {
            int index;
            while (failures.Count < MaxReported && (index = Interlocked.Increment(ref next)) < cases.Length)
            {
                var caseNumber = cases[index];
                var (fixture, parser, bytes, description) = Build(schedule, seed, caseNumber, total);
                lock (running)
                {
                    running[slot] = (caseNumber, Stopwatch.GetTimestamp(), LimitSeconds(bytes));
                }

                var outcome = Run(parser, bytes, out var unexpected);
                lock (running)
                {
                    running[slot] = (-1, 0, 0);
                }

                outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                if (unexpected is not null)
                {
                    failures.Enqueue($"seed {seed} case {caseNumber} ({fixture.Name} as {parser.Format}; {description}): {unexpected}");
                }
            }
        })
        { IsBackground = true, Name = $"fuzz {slot}" }).ToList();
        threads.ForEach(t => t.Start());

        while (threads.Any(t => t.IsAlive))
        {
            Thread.Sleep(20);
            for (var slot = 0; slot < workers; slot++)
            {
                (int Case, long Started, double LimitSeconds) current;
                lock (running)
                {
                    current = running[slot];
                }

                var (caseNumber, started, limit) = current;
                var elapsed = caseNumber >= 0 ? Stopwatch.GetElapsedTime(started).TotalSeconds : 0;
                if (elapsed > limit)
                {
                    // Over the limit on a busy shared machine may be starvation: confirmed by a replay alone below.
                    // Far over it (10×), the case is replayed at once on its own thread with StalledReplayFactor × its limit:
                    // a replay that overruns even that is a hang (how the GPX reader's unread second <name> showed); one that
                    // finishes means the run is starved, and the case may take up to MaxStallSeconds to catch up.
                    suspects.TryAdd(caseNumber, 0);
                    if (elapsed > 10 * limit && stalled.Add(caseNumber) && !ReplaysInTime(schedule, seed, total, caseNumber, StalledReplayFactor))
                    {
                        Assert.Fail(Hang(schedule, seed, total, caseNumber, elapsed));
                    }

                    if (elapsed > MaxStallSeconds)
                    {
                        Assert.Fail(Hang(schedule, seed, total, caseNumber, elapsed) + " It finishes in time alone: a stall that depends on the other threads.");
                    }
                }
            }
        }

        foreach (var caseNumber in suspects.Keys.Order().Where(c => !stalled.Contains(c)))
        {
            if (!ReplaysInTime(schedule, seed, total, caseNumber))
            {
                Assert.Fail(Hang(schedule, seed, total, caseNumber, LimitSeconds(Build(schedule, seed, caseNumber, total).Bytes)));
            }
        }

        output.WriteLine($"{suspects.Count} case(s) over the time limit in the run ({stalled.Count} of them ten times over), each under it when replayed alone");
        output.WriteLine($"{cases.Length:N0} cases (seed {seed}) over {fixtures.Count} fixtures ({schedule.Count} per round) on {workers} threads in {stopwatch.Elapsed.TotalSeconds:F1} s");
        foreach (var (outcome, count) in outcomes.OrderByDescending(o => o.Value))
        {
            output.WriteLine($"  {count,6:N0}  {outcome}");
        }

        failures.ShouldBeEmpty(
            $"Replay one with FITNESSAPP_FUZZ_SEED={seed} FITNESSAPP_FUZZ_CASES={total} FITNESSAPP_FUZZ_CASE=<case>:{Environment.NewLine}" +
            string.Join(Environment.NewLine, failures));
    }

    /// <summary>Whether the case, run alone on a fresh thread, finishes within its limit.</summary>
    private static bool ReplaysInTime(IReadOnlyList<FuzzFixture> schedule, int seed, int total, int caseNumber, double factor = 1)
    {
        var (_, parser, bytes, _) = Build(schedule, seed, caseNumber, total);
        var replay = new Thread(() => Run(parser, bytes, out _)) { IsBackground = true };
        replay.Start();
        return replay.Join(TimeSpan.FromSeconds(factor * LimitSeconds(bytes)));
    }

    // 2 s for a small file, plus 3 s per MB (the 1 MB fixtures on a busy machine).
    private static double LimitSeconds(byte[] bytes) => 2 + (3.0 * bytes.Length / 1_000_000);

    private static string Hang(IReadOnlyList<FuzzFixture> schedule, int seed, int total, int caseNumber, double seconds)
    {
        var (fixture, parser, _, description) = Build(schedule, seed, caseNumber, total);
        return $"HANG: seed {seed} case {caseNumber} ({fixture.Name} as {parser.Format}; {description}) still running after {seconds:F1} s. " +
            $"Replay: FITNESSAPP_FUZZ_SEED={seed} FITNESSAPP_FUZZ_CASES={total} FITNESSAPP_FUZZ_CASE={caseNumber}";
    }

    private static (FuzzFixture Fixture, IActivityFileParser Parser, byte[] Bytes, string Description) Build(
        IReadOnlyList<FuzzFixture> fixtures, int seed, int caseNumber, int total)
    {
        var fixture = fixtures[caseNumber % fixtures.Count];
        var (bytes, description) = Mutator.Mutate(fixture, seed, caseNumber, total);
        // One case in ten is given to another format's parser ("not the claimed format").
        var format = caseNumber % 10 == 3
            ? new[] { "fit", "gpx", "tcx" }.Where(f => f != fixture.Format).ElementAt(caseNumber / 10 % 2)
            : fixture.Format;
        return (fixture, FuzzFixture.ParserFor(format), bytes, description);
    }

    private static string Run(IActivityFileParser parser, byte[] bytes, out string? unexpected)
    {
        unexpected = null;
        try
        {
            var activities = parser.Parse(new MemoryStream(bytes, writable: false));
            return activities.Count > 0 && activities.All(a => a.Samples.Count > 0)
                ? "parsed"
                : Unexpected(out unexpected, "a parse without samples");
        }
        catch (ActivityFileException e)
        {
            return "refused: " + e.Code;
        }
        catch (Exception e)
        {
            return Unexpected(out unexpected, e.ToString());
        }
    }

    private static string Unexpected(out string? unexpected, string what)
    {
        unexpected = what;
        return "UNEXPECTED";
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
