using FitnessApp.Modules.Accounts.Contracts.Profiles;
using MediatR;

namespace FitnessApp.Modules.Devices.Samples;

/// <summary>The athlete's time zone from Accounts (UTC when unknown): local days are counted in it.</summary>
internal static class AthleteZones
{
    public static async Task<TimeZoneInfo> LoadAsync(IMediator mediator, Guid athleteId, CancellationToken cancellationToken)
    {
        var profiles = await mediator.Send(new GetAthleteProfiles([athleteId]), cancellationToken);
        return Of(profiles.FirstOrDefault(p => p.UserId == athleteId)?.TimeZone);
    }

    public static TimeZoneInfo Of(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static string IanaIdOf(TimeZoneInfo zone) =>
        !zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
}
