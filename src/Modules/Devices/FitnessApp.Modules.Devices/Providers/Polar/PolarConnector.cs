using System.Net;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;
using MediatR;

namespace FitnessApp.Modules.Devices.Providers.Polar;

/// <summary>
/// Polar AccessLink-like: OAuth2 code flow (client authenticated with HTTP Basic, the user id as <c>x_user_id</c>),
/// signed webhooks naming an exercise's URL, the exercise downloaded as FIT (else TCX, else GPX) and read by our parsers.
/// </summary>
internal sealed class PolarConnector(ProviderHttp http, IMediator mediator) : IProviderConnector
{
    /// <summary>The formats asked for, best first: FIT has the most channels.</summary>
    private static readonly string[] Formats = ["fit", "tcx", "gpx"];

    public string Name => ProviderNames.Polar;

    public string DisplayName => "Polar";

    public string DefaultScope => "accesslink.read_all";

    public string TokenPath => "/oauth2/token";

    public bool UsesBasicClientAuthentication => true;

    public bool OwnerOnly => false;

    public async Task DeauthorizeAsync(ProviderSettings settings, ProviderConnection connection, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, settings.Api($"/v3/users/{Uri.EscapeDataString(connection.ProviderAthleteId ?? string.Empty)}"));
        request.Headers.Authorization = new("Bearer", accessToken);
        using var response = await http.Client.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    public async Task<RecordTrackActivity?> FetchAsync(
        ProviderSettings settings, ProviderEvent providerEvent, ProviderConnection connection, string accessToken, CancellationToken cancellationToken)
    {
        // The URL comes from the webhook: only ever fetch under the provider's own base address.
        if (providerEvent.Url is not { } url || !IsUnder(url, settings.BaseUrl!))
        {
            return null;
        }

        foreach (var format in Formats)
        {
            using var response = await http.GetAsync(new Uri($"{url.TrimEnd('/')}/{format}"), accessToken, cancellationToken);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.NoContent)
            {
                continue;
            }

            response.EnsureSuccessStatusCode();
            await using var file = new MemoryStream();
            await response.Content.CopyToAsync(file, cancellationToken);
            file.Position = 0;
            var parsed = ParserFor(format).Parse(file, cancellationToken).FirstOrDefault();
            return parsed is null || parsed.Samples.Count < 2 ? null : await ToCommandAsync(connection.AthleteId, parsed, cancellationToken);
        }

        return null;
    }

    internal static bool IsUnder(string url, string baseUrl) =>
        Uri.TryCreate(url, UriKind.Absolute, out var target) && Uri.TryCreate(baseUrl, UriKind.Absolute, out var root)
        && target.Scheme == root.Scheme && target.Authority == root.Authority
        && target.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal);

    private static IActivityFileParser ParserFor(string format) => format switch
    {
        "fit" => new Files.Fit.FitParser(),
        "tcx" => new Files.Tcx.TcxParser(),
        _ => new Files.Gpx.GpxParser(),
    };

    private async Task<RecordTrackActivity> ToCommandAsync(Guid athleteId, ParsedActivity parsed, CancellationToken cancellationToken)
    {
        var profiles = await mediator.Send(new GetAthleteProfiles([athleteId]), cancellationToken);
        var zone = profiles.FirstOrDefault()?.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : "Etc/UTC";
        return new RecordTrackActivity(
            athleteId,
            parsed.Sport ?? Sport.Other,
            parsed.StartTime,
            zone,
            parsed.Samples,
            Title: parsed.Name,
            DeviceName: parsed.DeviceName,
            DeviceCalories: parsed.TotalCalories,
            DeviceDistanceMeters: parsed.TotalDistanceMeters,
            Pauses: parsed.Pauses);
    }
}
