using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Loyalty;
using FitnessApp.Modules.Loyalty.Challenges;
using FitnessApp.Modules.Loyalty.Challenges.GetLeaderboard;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Progress;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Progress.CountPersonalRecords;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;

namespace FitnessApp.Benchmarks;

/// <summary>
/// Issue 7's Loyalty figures on PostgreSQL, in a fresh database migrated by the Loyalty (and Training) migrations.
/// (a) One running distance challenge with 100,000 participants (skewed progress in 100 m steps, so ties, and progress
/// times in 15-minute steps): the real <see cref="GetLeaderboardHandler"/> for an athlete in the middle of the table, top
/// 100 plus their rank, p50 / p95 over warm runs with a new DbContext each, and EXPLAIN ANALYZE of every statement it runs.
/// (b) <see cref="ActivityRecorded"/> events for 1,000 athletes with a history (100 earned activities, facts and ledger
/// entries each, three running challenges), put into an outbox and delivered by the real <see cref="OutboxDispatcher"/>
/// from a service provider built like the host's (platform kernel + the Loyalty module; Training's CountPersonalRecords
/// handler for the one cross-module question): events per second, round trips per event and where the time goes.
/// </summary>
internal static partial class LoyaltyBenchmark
{
    private const int Participants = 100_000;
    private const int Athletes = 1_000;
    private const int History = 100;
    private const int EventsPerAthlete = 5;
    private const int Warmup = 20;
    private const int Runs = 200;

    private static readonly Guid DistanceChallenge = Uuid("challenge-distance");

    /// <param name="args"><c>--leaderboard-only</c> or <c>--crediting-only</c> to run one half.</param>
    public static async Task RunAsync(string[] args)
    {
        await using var database = await BenchDatabase.CreateAsync("loyalty");
        var connection = database.ConnectionString;
        var capture = new CommandCapture();
        await using var services = BuildServices(connection, capture);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Database.MigrateAsync();
        }

        var seed = Stopwatch.StartNew();
        await SeedAsync(connection);
        Console.WriteLine($"Seeded in {seed.Elapsed.TotalSeconds:F1} s: {await ScalarAsync(connection, "SELECT count(*) FROM loyalty.\"ChallengeParticipants\""):N0} participants, "
            + $"{await ScalarAsync(connection, "SELECT count(*) FROM loyalty.\"LedgerEntries\""):N0} ledger entries, "
            + $"{await ScalarAsync(connection, "SELECT count(*) FROM loyalty.\"EarnedActivities\""):N0} earned activities, "
            + $"{await ScalarAsync(connection, "SELECT count(*) FROM loyalty.\"AchievementActivityFacts\""):N0} activity facts, "
            + $"{await ScalarAsync(connection, "SELECT count(*) FROM loyalty.\"ChallengeContributions\""):N0} contributions.");

        var options = new DbContextOptionsBuilder<LoyaltyDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", LoyaltyDbContext.Schema))
            .AddInterceptors(capture)
            .Options;
        if (!args.Contains("--crediting-only"))
        {
            await MeasureLeaderboardAsync(options, connection, capture);
        }

        if (!args.Contains("--leaderboard-only"))
        {
            await MeasureCreditingAsync(services, connection, capture);
        }
    }

    private static Guid Athlete(int i) => Uuid($"athlete-{i}");

    /// <summary>The same uuid PostgreSQL's <c>md5(text)::uuid</c> gives.</summary>
    private static Guid Uuid(string text) => Guid.Parse(Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(text))));

    /// <summary>The host's registrations for what the outbox dispatcher needs: the kernel (mediator, outbox, interceptors) and the Loyalty module.</summary>
    private static ServiceProvider BuildServices(string connection, CommandCapture capture)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseSettings.ProviderKey] = "Postgres",
            [DatabaseSettings.PostgresConnectionStringKey] = connection,
        }).Build();
        var environment = new HostingEnvironment { ApplicationName = "FitnessApp.Benchmarks", EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPlatformKernel(configuration, environment);
        services.AddModule(new LoyaltyModule(), configuration);
        services.ConfigureDbContext<LoyaltyDbContext>(o => o.AddInterceptors(capture), ServiceLifetime.Singleton);

        // The one question a Loyalty consumer of ActivityRecorded asks another module: Training's real handler and DbContext.
        services.AddModuleDbContext<TrainingDbContext>(TrainingDbContext.Schema);
        services.AddScoped<IRequestHandler<CountPersonalRecords, int>, CountPersonalRecordsHandler>();
        return services.BuildServiceProvider();
    }

    private static async Task SeedAsync(string connection)
    {
        const string start = "(date_trunc('day', now()) - interval '20 days')";
        const string end = "(date_trunc('day', now()) + interval '10 days')";
        string[] statements =
        [
            // Three running public challenges: distance (running), activity count and moving time (all sports).
            $"""
                INSERT INTO loyalty."Challenges" ("Id", "Title", "Description", "Goal", "GoalValue", "Sports", "StartsAt", "EndsAt", "FinisherPoints", "FirstPlacePoints",
                    "SecondPlacePoints", "ThirdPlacePoints", "GroupId", "CreatedById", "CreatedAt", "UpdatedAt", "FinalizedAt")
                VALUES (md5('challenge-distance')::uuid, 'Run 200 km in November', NULL, 'Distance', 200000, 'running', {start}, {end}, 100, 1000, 500, 250, NULL, md5('operator')::uuid, now(), now(), NULL),
                       (md5('challenge-count')::uuid, '40 workouts', NULL, 'ActivityCount', 40, '', {start}, {end}, 100, 0, 0, 0, NULL, md5('operator')::uuid, now(), now(), NULL),
                       (md5('challenge-time')::uuid, '20 hours moving', NULL, 'MovingTime', 72000, '', {start}, {end}, 100, 0, 0, 0, NULL, md5('operator')::uuid, now(), now(), NULL)
                """,

            // 100,000 in the distance challenge: one in ten without progress yet, the rest skewed toward little (100 m steps:
            // many ties), progress times in 15-minute steps (ties there too, then the join time decides).
            $"""
                INSERT INTO loyalty."ChallengeParticipants" ("Id", "ChallengeId", "UserId", "JoinedAt", "Progress", "ProgressAt", "FinalRank", "Finished")
                SELECT md5('p-d-' || i)::uuid, md5('challenge-distance')::uuid, md5('athlete-' || i)::uuid, {start} + (i % 4000) * interval '1 minute',
                       x.progress, CASE WHEN x.progress = 0 THEN {start} + (i % 4000) * interval '1 minute' ELSE {start} + interval '3 days' + ((x.h / 7) % 1600) * interval '15 minutes' END,
                       NULL, x.progress >= 200000
                FROM generate_series(1, {Participants}) i,
                     LATERAL (SELECT abs(hashint4(i)::bigint) AS h) hh,
                     LATERAL (SELECT hh.h, CASE WHEN hh.h % 10 = 0 THEN 0 ELSE floor(2500 * power((hh.h % 10007) / 10007.0, 2)) * 100 END AS progress) x
                """,
            $"""
                INSERT INTO loyalty."ChallengeParticipants" ("Id", "ChallengeId", "UserId", "JoinedAt", "Progress", "ProgressAt", "FinalRank", "Finished")
                SELECT md5('p-' || c || '-' || i)::uuid, md5('challenge-' || c)::uuid, md5('athlete-' || i)::uuid, {start}, CASE c WHEN 'count' THEN 10 ELSE 27000 END, now() - interval '1 day', NULL, false
                FROM generate_series(1, {Athletes}) i, unnest(ARRAY['count', 'time']) c
                """,
            """
                UPDATE loyalty."Challenges" c SET "ParticipantCount" = (SELECT count(*) FROM loyalty."ChallengeParticipants" p WHERE p."ChallengeId" = c."Id")
                """,

            // The 1,000 event athletes' history: an activity every second day for 200 days, each earned, a fact and a ledger entry.
            $"""
                INSERT INTO loyalty."EarnedActivities" ("ActivityId", "UserId", "LocalDate", "IsoWeek", "Counts", "Points", "RecordedAt")
                SELECT md5('h-' || u || '-' || k)::uuid, md5('athlete-' || u)::uuid, d, to_char(d, 'IYYY"-W"IW'), true, 25, d + interval '7 hours'
                FROM generate_series(1, {Athletes}) u, generate_series(1, {History}) k, LATERAL (SELECT (current_date - k * 2) AS d) dd
                """,
            $"""
                INSERT INTO loyalty."AchievementActivityFacts" ("ActivityId", "AthleteId", "Sport", "LocalDate", "LocalStartMinute", "DistanceMeters", "MovingSeconds", "PersonalRecords")
                SELECT md5('h-' || u || '-' || k)::uuid, md5('athlete-' || u)::uuid, 'Running', current_date - k * 2, 420, 8000 + (k % 5) * 1000, 2700 + (k % 5) * 300, 0
                FROM generate_series(1, {Athletes}) u, generate_series(1, {History}) k
                """,
            $"""
                INSERT INTO loyalty."LedgerEntries" ("Id", "UserId", "Points", "Reason", "Source", "SourceKey", "Subject", "Note", "OccurredAt")
                SELECT md5('le-' || u || '-' || k)::uuid, md5('athlete-' || u)::uuid, 25, 'Activity', 'Training', md5('ev-' || u || '-' || k)::uuid::text,
                       'activity:' || md5('h-' || u || '-' || k)::uuid::text, 'running 8.0 km', (current_date - k * 2) + interval '7 hours'
                FROM generate_series(1, {Athletes}) u, generate_series(1, {History}) k
                """,
            $"""
                INSERT INTO loyalty."PointsAccounts" ("UserId", "LifetimePoints", "Level", "Version", "CreatedAt", "UpdatedAt")
                SELECT md5('athlete-' || u)::uuid, {History * 25}, (SELECT coalesce(max("Number"), 1) FROM loyalty."LevelDefinitions" WHERE "MinimumPoints" <= {History * 25}), {History}, now() - interval '400 days', now()
                FROM generate_series(1, {Athletes}) u
                """,

            // The last ten history activities (inside the challenges' period) count toward the three challenges.
            $"""
                INSERT INTO loyalty."ChallengeContributions" ("Id", "ChallengeId", "UserId", "Source", "Amount", "UpdatedAt")
                SELECT md5('cc-' || c || '-' || u || '-' || k)::uuid, md5('challenge-' || c)::uuid, md5('athlete-' || u)::uuid,
                       'activity:' || replace(md5('h-' || u || '-' || k)::uuid::text, '-', ''), CASE c WHEN 'distance' THEN 8000 WHEN 'count' THEN 1 ELSE 2700 END, now() - k * interval '2 days'
                FROM generate_series(1, {Athletes}) u, generate_series(1, 9) k, unnest(ARRAY['distance', 'count', 'time']) c
                """,
            "VACUUM ANALYZE loyalty.\"ChallengeParticipants\"",
            "VACUUM ANALYZE loyalty.\"ChallengeContributions\"",
            "VACUUM ANALYZE loyalty.\"EarnedActivities\"",
            "VACUUM ANALYZE loyalty.\"AchievementActivityFacts\"",
            "VACUUM ANALYZE loyalty.\"LedgerEntries\"",
            "VACUUM ANALYZE loyalty.\"PointsAccounts\"",
        ];
        foreach (var sql in statements)
        {
            await BenchDatabase.ExecuteAsync(connection, sql);
        }
    }

    private static async Task MeasureLeaderboardAsync(DbContextOptions<LoyaltyDbContext> options, string connection, CommandCapture capture)
    {
        // The athlete in the middle of the table, by the handler's own order.
        var middle = Guid.Parse((string)(await ScalarAsync(connection, $"""
            SELECT "UserId"::text FROM loyalty."ChallengeParticipants" WHERE "ChallengeId" = '{DistanceChallenge}'
            ORDER BY "Progress" DESC, "ProgressAt", "JoinedAt", "Id" OFFSET {(Participants / 2) - 1} LIMIT 1
            """))!);
        var ties = await ScalarAsync(connection, $"""
            SELECT count(*) FROM loyalty."ChallengeParticipants" p JOIN loyalty."ChallengeParticipants" m ON m."UserId" = '{middle}' AND m."ChallengeId" = p."ChallengeId"
            WHERE p."ChallengeId" = '{DistanceChallenge}' AND p."Progress" = m."Progress"
            """);
        var mediator = new ProfilesMediator();
        Task<LeaderboardResponse> Leaderboard(LoyaltyDbContext db) =>
            new GetLeaderboardHandler(db, new ChallengeAccess(db, mediator), mediator).Handle(new GetLeaderboard(DistanceChallenge, middle, GetLeaderboard.MaxLimit), default);

        await using (var db = new LoyaltyDbContext(options))
        {
            var board = await Leaderboard(db);
            Console.WriteLine($"Leaderboard: {board.Participants:N0} participants, top {board.Top.Count} (first {board.Top[0].Progress / 1000:F1} km, 100th {board.Top[^1].Progress / 1000:F1} km), "
                + $"me rank {board.Me?.Rank:N0} at {board.Me?.Progress / 1000:F1} km ({ties:N0} athletes share that progress).");
        }

        var times = new double[Runs];
        for (var i = -Warmup; i < Runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await using (var db = new LoyaltyDbContext(options))
            {
                await Leaderboard(db);
            }

            if (i >= 0)
            {
                times[i] = sw.Elapsed.TotalMilliseconds;
            }
        }

        Array.Sort(times);
        Console.WriteLine($"leaderboard top 100 + my rank   p50 {times[Runs / 2],7:F2} ms   p95 {times[(Runs * 95 / 100) - 1],7:F2} ms   max {times[^1],7:F2} ms   ({Runs} warm runs after {Warmup}, handler end to end, new DbContext each)");

        capture.Start();
        await using (var db = new LoyaltyDbContext(options))
        {
            await Leaderboard(db);
        }

        await ExplainAsync(connection, capture.Stop(), "leaderboard", plans: true);
    }

    private static async Task MeasureCreditingAsync(ServiceProvider services, string connection, CommandCapture capture)
    {
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        var batch = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>().Value.BatchSize;
        Console.WriteLine($"Outbox dispatcher: messages claimed {batch} at a time and delivered one after another (IMediator.Publish in a new scope: "
            + "the three Loyalty consumers of ActivityRecorded, in turn, each in its own transaction); no parallelism inside a host.");

        // Unmeasured: one event per athlete, so that achievements already earned by the history are awarded and the JIT is warm.
        await DeliverRoundAsync(services, dispatcher, connection, "warm-up (unmeasured)", 1, round: 0, workers: 1);

        await DeliverRoundAsync(services, dispatcher, connection, "sequential, one dispatcher", EventsPerAthlete, round: 1, workers: 1, trace: true);

        await DeliverRoundAsync(services, dispatcher, connection, "two dispatchers at once (two hosts)", EventsPerAthlete, round: 2, workers: 2);

        // The statements of one more event, EXPLAIN ANALYZEd with their parameters.
        capture.Start();
        await DeliverRoundAsync(services, dispatcher, connection, "one event (for EXPLAIN)", 0, round: 3, workers: 1, single: true);
        await ExplainAsync(connection, capture.Stop(), "one ActivityRecorded (all three consumers)", plans: false);
    }

    private static async Task DeliverRoundAsync(ServiceProvider services, OutboxDispatcher dispatcher, string connection, string name, int perAthlete, int round, int workers, bool single = false, bool trace = false)
    {
        var events = new List<ActivityRecorded>();
        var now = DateTime.UtcNow;
        var count = single ? 1 : perAthlete * Athletes;
        for (var j = 0; j < count; j++)
        {
            var athlete = (j % Athletes) + 1;
            var cycling = (j + round) % 4 == 0;
            var start = now.AddMinutes(-90 + (j * 60.0 / count)).AddSeconds(-round);
            events.Add(new ActivityRecorded(
                Guid.CreateVersion7(), Athlete(athlete), cycling ? Sport.Cycling : Sport.Running, start,
                cycling ? 25_000 + ((j % 7) * 1000) : 5_000 + ((j % 8) * 1000), 3_000 + ((j % 11) * 60), 2_900 + ((j % 11) * 60), Visibility.Public,
                FromDevice: true, ElevationGainMeters: 40 + ((j % 9) * 10), LocalStartTime: DateTime.SpecifyKind(start.AddHours(1), DateTimeKind.Unspecified))
            { OccurredAt = now.AddTicks(j) });
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var e in events)
            {
                db.AddIntegrationEvent(e, now);
            }

            await db.SaveChangesAsync();
        }

        var statements = trace ? new StatementStatistics() : null;
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => dispatcher.DispatchDueAsync(default))));
        var seconds = sw.Elapsed.TotalSeconds;
        statements?.Dispose();
        var ids = string.Join(',', events.Select(e => $"'{e.Id}'"));
        var handled = await ScalarAsync(connection, $"SELECT count(*) FROM loyalty.\"InboxMessages\" WHERE \"EventId\" IN ({ids})");
        var failed = await ScalarAsync(connection, $"SELECT count(*) FROM loyalty.\"OutboxMessages\" WHERE \"Id\" IN ({ids}) AND \"ProcessedAt\" IS NULL");
        var raised = await ScalarAsync(connection, $"SELECT count(*) FROM loyalty.\"OutboxMessages\" WHERE \"Type\" NOT LIKE '%ActivityRecorded%' AND \"CreatedAt\" >= '{now:O}'");
        if (!single)
        {
            Console.WriteLine($"{name,-38} {count:N0} events over {Athletes:N0} athletes in {seconds,6:F1} s = {count / seconds,6:F0} events/s "
                + $"({(double)(long)handled! / count:F2} consumer handlings per event; {failed} left for a retry; {raised} LevelReached/AchievementAwarded raised and delivered)");
        }

        statements?.Report(count, seconds);
    }

    private static async Task ExplainAsync(string connection, List<(string Text, List<NpgsqlParameter> Parameters)> commands, string what, bool plans)
    {
        var total = 0.0;
        await using var npgsql = new NpgsqlConnection(connection);
        await npgsql.OpenAsync();
        var slowest = (Ms: -1.0, Plan: new List<string>());
        for (var n = 0; n < commands.Count; n++)
        {
            var (text, parameters) = commands[n];
            if (!text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                Console.WriteLine($"  statement {n + 1}: (not a SELECT, not explained) — {FirstLine(text)}");
                continue;
            }

            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + text, npgsql);
            foreach (var p in parameters)
            {
                explain.Parameters.Add(p);
            }

            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(0));
                }
            }

            var ms = double.Parse(ExecutionTime().Match(string.Join('\n', plan)).Groups[1].Value, CultureInfo.InvariantCulture);
            total += ms;
            Console.WriteLine($"EXPLAIN ANALYZE statement {n + 1}: execution {ms:F3} ms — {FirstLine(text)}");
            if (plans)
            {
                Console.WriteLine("  " + string.Join("\n  ", plan));
            }
            else if (ms > slowest.Ms)
            {
                slowest = (ms, plan);
            }
        }

        Console.WriteLine($"EXPLAIN ANALYZE total execution time of the {commands.Count} statements of {what}: {total:F3} ms");
        if (!plans && slowest.Ms >= 0)
        {
            Console.WriteLine("Slowest plan:\n  " + string.Join("\n  ", slowest.Plan));
        }
    }

    private static string FirstLine(string sql)
    {
        var flat = Regex.Replace(sql, @"\s+", " ");
        return flat.Length <= 130 ? flat : flat[..130] + "…";
    }

    [GeneratedRegex(@"Execution Time: ([0-9.]+) ms")]
    private static partial Regex ExecutionTime();

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Round trips (Npgsql's command activities) per statement text while alive: count and total time.</summary>
    private sealed class StatementStatistics : IDisposable
    {
        private readonly ConcurrentDictionary<string, (int Count, double Ms)> statements = new();
        private readonly ActivityListener listener;

        public StatementStatistics()
        {
            listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name.StartsWith("Npgsql", StringComparison.Ordinal),
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    var text = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
                    statements.AddOrUpdate(FirstLine(text), (1, activity.Duration.TotalMilliseconds), (_, old) => (old.Count + 1, old.Ms + activity.Duration.TotalMilliseconds));
                },
            };
            ActivitySource.AddActivityListener(listener);
        }

        public void Report(int events, double seconds)
        {
            var all = statements.ToArray();
            var trips = all.Sum(s => s.Value.Count);
            var ms = all.Sum(s => s.Value.Ms);
            Console.WriteLine($"Round trips (Npgsql commands; commits not counted) in that round: {trips:N0} = {(double)trips / events:F1} per event; "
                + $"{ms / events:F2} ms per event inside them of {seconds * 1000 / events:F2} ms per event in all; the heaviest:");
            foreach (var (text, (count, total)) in all.OrderByDescending(s => s.Value.Ms).Take(25))
            {
                Console.WriteLine($"  {(double)count / events,5:F2}/event {total / count,6:F3} ms avg {100 * total / ms,5:F1} %  {text}");
            }
        }

        public void Dispose() => listener.Dispose();
    }

    /// <summary>Records the text and parameters of the reader commands EF runs while started.</summary>
    private sealed class CommandCapture : DbCommandInterceptor
    {
        private List<(string, List<NpgsqlParameter>)>? captured;

        public void Start() => captured = [];

        public List<(string Text, List<NpgsqlParameter> Parameters)> Stop()
        {
            var result = captured ?? [];
            captured = null;
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            captured?.Add((command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    /// <summary>Accounts' GetAthleteProfiles answered in memory (display names for the leaderboard rows).</summary>
    private sealed class ProfilesMediator : IMediator
    {
        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
        {
            if (request is not GetAthleteProfiles profiles)
            {
                throw new NotSupportedException(request.GetType().Name);
            }

            IReadOnlyList<AthleteProfile> answer = profiles.UserIds.Select(id => new AthleteProfile(
                id, "Bench", null, Sex.Unspecified, null, 70, null, null, UnitSystem.Metric, "en", "Europe/Berlin", DefaultVisibility.Public)).ToList();
            return Task.FromResult((TResponse)(object)answer);
        }

        public Task Send(IRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task Publish(INotification notification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => throw new NotSupportedException();
    }
}
