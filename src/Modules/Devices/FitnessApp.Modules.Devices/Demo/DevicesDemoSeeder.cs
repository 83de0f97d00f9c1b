using System.Diagnostics;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Devices.DailyMetrics;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Registrations;
using FitnessApp.Modules.Devices.Samples;
using FitnessApp.Modules.Shared.Demo;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Devices.Demo;

/// <summary>
/// Gives each demo athlete a phone and a watch and their last <see cref="Days"/> days of steps, resting heart rate, sleep
/// and some weighings, with the daily metrics computed by the same rules as pushed samples, in bulk inserts. An
/// athlete who already has a device is left alone (so it runs once per athlete). Deterministic per athlete.
/// </summary>
internal sealed class DevicesDemoSeeder(DevicesDbContext db, IMediator mediator, TimeProvider clock, ILogger<DevicesDemoSeeder> logger) : IDemoSeeder
{
    public const int Days = 120;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var ids = context.Athletes.Select(a => a.UserId).ToList();
        var seeded = await db.DeviceRegistrations.Where(d => ids.Contains(d.OwnerId)).Select(d => d.OwnerId).Distinct().ToListAsync(cancellationToken);
        var athletes = context.Athletes.Where(a => !seeded.Contains(a.UserId)).ToList();
        if (athletes.Count == 0)
        {
            return;
        }

        var profiles = (await mediator.Send(new GetAthleteProfiles(athletes.Select(a => a.UserId).ToList()), cancellationToken)).ToDictionary(p => p.UserId);
        var now = clock.GetUtcNow().UtcDateTime;
        var samples = new List<DeviceSample>();
        var metrics = new List<DailyMetric>();
        foreach (var athlete in athletes)
        {
            Seed(athlete, profiles.GetValueOrDefault(athlete.UserId), now, samples, metrics);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await DemoBulkInsert.InsertAsync(db, samples, cancellationToken);
        await DemoBulkInsert.InsertAsync(db, metrics, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Demo devices: {Athletes} athlete(s), {Samples} samples and {Days} daily rows in {ElapsedMs:0} ms",
            athletes.Count, samples.Count, metrics.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private void Seed(DemoAthlete athlete, AthleteProfile? profile, DateTime now, List<DeviceSample> allSamples, List<DailyMetric> allMetrics)
    {
        var zone = AthleteZones.Of(profile?.TimeZone);
        var random = new Random(StableSeed(athlete.Email));
        var phone = Device(athlete.UserId, DeviceKind.Phone, "Phone", now);
        var watch = Device(athlete.UserId, DeviceKind.Watch, "Watch", now);
        db.DeviceRegistrations.AddRange(phone, watch);

        var today = DailyAggregation.DayOf(now, zone);
        var firstDay = today.AddDays(-(Days - 1));
        var samples = DemoHealthGenerator.Generate(athlete.UserId, phone.Id, watch.Id, zone, firstDay, today, now, profile?.WeightKg, random);
        allSamples.AddRange(samples);

        var days = Enumerable.Range(0, Days).Select(firstDay.AddDays).ToHashSet();
        var values = DailyAggregation.Compute(samples.Select(s => new AggregationSample(s.DeviceId, s.Type, s.Start, s.End, s.Value, s.Stage)), zone, days);
        allMetrics.AddRange(values.Where(v => !v.Value.IsEmpty).Select(v => new DailyMetric
        {
            OwnerId = athlete.UserId,
            Date = v.Key,
            Steps = v.Value.Steps,
            RestingHeartRate = v.Value.RestingHeartRate,
            SleepMinutes = v.Value.SleepMinutes,
            WeightKg = v.Value.WeightKg,
            UpdatedAt = now,
        }));
    }

    /// <summary>A registration whose token nobody knows (a random one, hashed and forgotten): demo devices never push.</summary>
    private static DeviceRegistration Device(Guid ownerId, DeviceKind kind, string name, DateTime now) => new()
    {
        OwnerId = ownerId,
        Kind = kind,
        Name = name,
        TokenHash = DeviceTokens.Hash(DeviceTokens.Create()),
        CreatedAt = now.AddDays(-Days),
        LastSeenAt = now.AddHours(-1),
    };

    /// <summary>string.GetHashCode differs per process; the demo must not.</summary>
    private static int StableSeed(string text) => text.Aggregate(23, (hash, c) => unchecked((hash * 31) + c));
}
