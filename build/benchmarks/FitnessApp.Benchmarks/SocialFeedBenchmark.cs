using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Feed.GetFeed;
using FitnessApp.Modules.Social.Feed.Publishing;
using FitnessApp.Modules.Social.Live;
using FitnessApp.Modules.Training.Activities.GetActivityCards;
using FitnessApp.Modules.Training.Activities.RecordActivity;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FitnessApp.Benchmarks;

/// <summary>
/// Issue 6's feed figures on PostgreSQL, in a fresh database migrated by the Training and Social migrations:
/// 10,000 athletes, one reader who follows 1,000 of them, 100,000 posts and about 1,000,000 feed entries (seeded with
/// set-based SQL), plus one popular athlete followed by all 10,000. Measures (a) the feed handler for the reader (p50 /
/// p95 over warm runs, each with a new DbContext, and EXPLAIN ANALYZE of every statement it runs) and (b) one activity
/// of the popular athlete: the uploader's part (Training's handler: the activity and its outbox row) and then the fan-out
/// handler as the outbox dispatcher runs it (card fetch, post, 10,001 entries, commit).
/// </summary>
internal static partial class SocialFeedBenchmark
{
    private const int Athletes = 10_000;
    private const int Followed = 1_000;
    private const int Posts = 100_000;
    private const int EntriesPerPost = 10;
    private const int Warmup = 20;
    private const int Runs = 200;
    private const int FanOutRuns = 5;

    public static async Task RunAsync()
    {
        await using var database = await BenchDatabase.CreateAsync("feed");
        var connection = database.ConnectionString;
        var capture = new CommandCapture();
        var social = new DbContextOptionsBuilder<SocialDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", SocialDbContext.Schema))
            .AddInterceptors(capture)
            .Options;
        var training = new DbContextOptionsBuilder<TrainingDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", TrainingDbContext.Schema))
            .Options;
        await using (var db = new SocialDbContext(social))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = new TrainingDbContext(training))
        {
            await db.Database.MigrateAsync();
        }

        var seed = Stopwatch.StartNew();
        await SeedAsync(connection);
        await using (var db = new SocialDbContext(social))
        {
            var entries = await db.FeedEntries.LongCountAsync();
            var follows = await db.Follows.LongCountAsync();
            var mine = await db.FeedEntries.CountAsync(e => e.ViewerId == Reader);
            Console.WriteLine($"Seeded {Athletes:N0} athletes, {follows:N0} follows, {Posts:N0} posts, {entries:N0} feed entries ({mine:N0} in the reader's feed) in {seed.Elapsed.TotalSeconds:F1} s.");
        }

        await MeasureFeedAsync(social, capture);
        await MeasureFanOutAsync(social, training);
    }

    private static Guid Reader => Athlete(1);

    private static Guid Popular => Uuid("popular");

    private static Guid Athlete(int i) => Uuid($"athlete-{i}");

    /// <summary>The same uuid PostgreSQL's <c>md5(text)::uuid</c> gives.</summary>
    private static Guid Uuid(string text) => Guid.Parse(Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(text))));

    private static async Task SeedAsync(string connection)
    {
        const string a = "md5('athlete-' || {0})::uuid";
        string[] statements =
        [
            // The reader follows athletes 2..1001; everyone follows 20 others; everyone follows the popular athlete.
            $"""
                INSERT INTO social."Follows" ("Id", "FollowerId", "FolloweeId", "State", "CreatedAt", "AcceptedAt")
                SELECT md5('f-r-' || i)::uuid, {string.Format(a, "1")}, {string.Format(a, "i")}, 'Accepted', now(), now() FROM generate_series(2, {Followed + 1}) i
                """,
            $"""
                INSERT INTO social."Follows" ("Id", "FollowerId", "FolloweeId", "State", "CreatedAt", "AcceptedAt")
                SELECT md5('f-' || i || '-' || k)::uuid, {string.Format(a, "i")}, {string.Format(a, $"((i + k * 487) % {Athletes}) + 1")}, 'Accepted', now(), now()
                FROM generate_series(2, {Athletes}) i, generate_series(1, 20) k ON CONFLICT DO NOTHING
                """,
            $"""
                INSERT INTO social."Follows" ("Id", "FollowerId", "FolloweeId", "State", "CreatedAt", "AcceptedAt")
                SELECT md5('f-p-' || i)::uuid, {string.Format(a, "i")}, md5('popular')::uuid, 'Accepted', now(), now() FROM generate_series(1, {Athletes}) i
                """,

            // 100,000 public runs over the last year, ten per athlete.
            $"""
                INSERT INTO social."FeedPosts" ("Id", "Kind", "AuthorId", "SubjectId", "Visibility", "OccurredAt", "Sport", "Title", "DistanceMeters", "MovingSeconds", "ElapsedSeconds", "ElevationGainMeters", "Route")
                SELECT md5('post-' || j)::uuid, 'Activity', {string.Format(a, $"((j - 1) % {Athletes}) + 1")}, md5('activity-' || j)::uuid, 'Public',
                timestamptz '2026-11-21 12:00:00+00' - j * interval '5 minutes', 'Running', 'Run ' || j, 10000, 3000, 3100, 80, '_p~iF~ps|U_ulLnnqC_mqNvxq`@'
                FROM generate_series(1, {Posts}) j
                """,

            // Every post in its author's feed and nine others' (the reader's feed gets the posts of whom they follow).
            $"""
                INSERT INTO social."FeedEntries" ("ViewerId", "PostId", "AuthorId", "OccurredAt")
                SELECT CASE WHEN k = 0 THEN p."AuthorId" ELSE {string.Format(a, $"((j + k * 7919) % {Athletes}) + 1")} END, p."Id", p."AuthorId", p."OccurredAt"
                FROM generate_series(1, {Posts}) j JOIN social."FeedPosts" p ON p."Id" = md5('post-' || j)::uuid, generate_series(0, {EntriesPerPost - 1}) k
                ON CONFLICT DO NOTHING
                """,
            $"""
                INSERT INTO social."FeedEntries" ("ViewerId", "PostId", "AuthorId", "OccurredAt")
                SELECT {string.Format(a, "1")}, p."Id", p."AuthorId", p."OccurredAt" FROM social."FeedPosts" p
                WHERE p."AuthorId" IN (SELECT f."FolloweeId" FROM social."Follows" f WHERE f."FollowerId" = {string.Format(a, "1")}) ON CONFLICT DO NOTHING
                """,

            // Kudos and comments on the posts' activities, so that the page's counts have rows to count.
            $"""
                INSERT INTO social."Kudos" ("Id", "ActivityId", "AthleteId", "CreatedAt")
                SELECT md5('k-' || j || '-' || k)::uuid, md5('activity-' || j)::uuid, {string.Format(a, "k * 13 + 1")}, now() FROM generate_series(1, {Posts}) j, generate_series(1, 3) k
                """,
            $"""
                INSERT INTO social."Comments" ("Id", "ActivityId", "ActivityOwnerId", "AuthorId", "Text", "CreatedAt")
                SELECT md5('c-' || j || '-' || k)::uuid, md5('activity-' || j)::uuid, {string.Format(a, "1")}, {string.Format(a, "k * 17 + 1")}, 'Nice one ' || k, now() - k * interval '1 minute'
                FROM generate_series(1, {Posts}) j, generate_series(1, 3) k
                """,
            "VACUUM ANALYZE social.\"Follows\"",
            "VACUUM ANALYZE social.\"FeedPosts\"",
            "VACUUM ANALYZE social.\"FeedEntries\"",
            "VACUUM ANALYZE social.\"Kudos\"",
            "VACUUM ANALYZE social.\"Comments\"",
        ];
        foreach (var sql in statements)
        {
            await BenchDatabase.ExecuteAsync(connection, sql);
        }
    }

    private static async Task MeasureFeedAsync(DbContextOptions<SocialDbContext> options, CommandCapture capture)
    {
        var mediator = new BenchMediator(null);
        Task<FitnessApp.Modules.Shared.Contracts.Paging.Page<FeedItem>> Feed(SocialDbContext db, string? cursor) =>
            new GetFeedHandler(db, new SocialGraph(db), new AthleteDirectory(mediator)).Handle(new GetFeed(Reader, cursor, 20), default);

        string? deep = null;
        await using (var db = new SocialDbContext(options))
        {
            for (var i = 0; i < 50; i++)
            {
                deep = (await Feed(db, deep)).NextCursor;
            }
        }

        await MeasureAsync("feed page 1 (20)", options, db => Feed(db, null));
        await MeasureAsync("feed page 51 (20)", options, db => Feed(db, deep));

        capture.Start();
        await using (var db = new SocialDbContext(options))
        {
            var page = await Feed(db, null);
            Console.WriteLine($"First page: {page.Items.Count} items, {page.Items.Sum(i => i.LastComments.Count)} comments shown.");
        }

        var commands = capture.Stop();
        var total = 0.0;
        await using var connection = new NpgsqlConnection(ConnectionOf(options));
        await connection.OpenAsync();
        for (var n = 0; n < commands.Count; n++)
        {
            var (text, parameters) = commands[n];
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + text, connection);
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

            var ms = double.Parse(ExecutionTime().Match(string.Join('\n', plan)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            total += ms;
            Console.WriteLine($"EXPLAIN ANALYZE statement {n + 1}: execution {ms:F3} ms — {FirstLine(text)}");
            if (n == 0)
            {
                Console.WriteLine("  " + string.Join("\n  ", plan));
            }
        }

        Console.WriteLine($"EXPLAIN ANALYZE total execution time of the {commands.Count} statements of a first page: {total:F3} ms");
    }

    private static async Task MeasureFanOutAsync(DbContextOptions<SocialDbContext> social, DbContextOptions<TrainingDbContext> training)
    {
        var clock = TimeProvider.System;
        var options = Options.Create(new FeedOptions { FanOutLimit = 20_000 });
        for (var run = 1; run <= FanOutRuns; run++)
        {
            var total = Stopwatch.StartNew();
            Guid activityId;
            await using (var db = new TrainingDbContext(training))
            {
                var request = new RecordActivity(Popular, "running", $"Popular run {run}", DateTimeOffset.UtcNow.AddMinutes(-run), "Europe/Berlin", 3000, 2900, 10_000, 85,
                    null, null, null, null, null, "public", null, null);
                var response = await new RecordActivityHandler(db, clock, new BenchMediator(null)).Handle(request, default);
                await db.SaveChangesAsync();
                activityId = response.Id;
            }

            var uploader = total.Elapsed.TotalMilliseconds;
            var fanOut = Stopwatch.StartNew();
            await using (var db = new SocialDbContext(social))
            await using (var cards = new TrainingDbContext(training))
            {
                var signals = new FeedSignals(db, new LiveSignals());
                var publisher = new FeedPublisher(db, new SocialGraph(db), new BenchMediator(cards), signals, options, clock);
                var handler = new PublishRecordedActivity(db, clock, publisher);
                await handler.Handle(new ActivityRecorded(activityId, Popular, Sport.Running, DateTime.UtcNow, 10_000, 3000, 2900, Visibility.Public), default);
            }

            var fanned = fanOut.Elapsed.TotalMilliseconds;
            await using (var db = new SocialDbContext(social))
            {
                var entries = await db.FeedEntries.CountAsync(e => db.FeedPosts.Any(p => p.Id == e.PostId && p.SubjectId == activityId));
                Console.WriteLine($"fan-out run {run}: uploader's request (activity + outbox row, committed) {uploader,7:F1} ms; fan-out handler (card, post, {entries:N0} entries, committed) {fanned,7:F1} ms; sum {uploader + fanned,7:F1} ms");
            }
        }
    }

    private static async Task MeasureAsync<T>(string name, DbContextOptions<SocialDbContext> options, Func<SocialDbContext, Task<T>> call)
    {
        var times = new double[Runs];
        for (var i = -Warmup; i < Runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await using (var db = new SocialDbContext(options))
            {
                await call(db);
            }

            if (i >= 0)
            {
                times[i] = sw.Elapsed.TotalMilliseconds;
            }
        }

        Array.Sort(times);
        Console.WriteLine($"{name,-20} p50 {times[Runs / 2],7:F2} ms   p95 {times[(Runs * 95 / 100) - 1],7:F2} ms   max {times[^1],7:F2} ms   ({Runs} warm runs, handler end to end)");
    }

    private static string ConnectionOf(DbContextOptions options)
    {
        foreach (var extension in options.Extensions)
        {
            if (extension is Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension relational && relational.ConnectionString is { } text)
            {
                return text;
            }
        }

        throw new InvalidOperationException("No connection string.");
    }

    private static string FirstLine(string sql)
    {
        var flat = Regex.Replace(sql, @"\s+", " ");
        return flat.Length <= 110 ? flat : flat[..110] + "…";
    }

    [GeneratedRegex(@"Execution Time: ([0-9.]+) ms")]
    private static partial Regex ExecutionTime();

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

    /// <summary>Accounts' GetAthleteProfiles (a fixed profile) and Training's GetActivityCards (the real handler) without the host.</summary>
    private sealed class BenchMediator(TrainingDbContext? training) : IMediator
    {
        public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
        {
            switch (request)
            {
                case GetAthleteProfiles profiles:
                    IReadOnlyList<AthleteProfile> answer = profiles.UserIds.Select(id => new AthleteProfile(
                        id, "Bench", null, Sex.Unspecified, null, 70, null, null, UnitSystem.Metric, "en", "Europe/Berlin", DefaultVisibility.Public)).ToList();
                    return (TResponse)(object)answer;
                case GetActivityCards cards when training is not null:
                    return (TResponse)(object)await new GetActivityCardsHandler(training).Handle(cards, cancellationToken);
                default:
                    throw new NotSupportedException(request.GetType().Name);
            }
        }

        public Task Send(IRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task Publish(INotification notification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => throw new NotSupportedException();
    }
}
