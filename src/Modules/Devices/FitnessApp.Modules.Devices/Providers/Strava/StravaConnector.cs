using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Devices.Providers.Strava;

/// <summary>Strava API v3: OAuth at /oauth/*, the activity and its streams at /api/v3/activities/{id}.</summary>
internal sealed class StravaConnector(ProviderHttp http) : IProviderConnector
{
    public string Name => ProviderNames.Strava;

    public string DisplayName => "Strava";

    public string DefaultScope => "read,activity:read_all";

    public string TokenPath => "/oauth/token";

    public bool UsesBasicClientAuthentication => false;

    /// <summary>Strava's API agreement: data synced from it is shown to its owner only.</summary>
    public bool OwnerOnly => true;

    public async Task DeauthorizeAsync(ProviderSettings settings, ProviderConnection connection, string accessToken, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent([new("access_token", accessToken)]);
        using var response = await http.Client.PostAsync(settings.Api("/oauth/deauthorize"), content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<RecordTrackActivity?> FetchAsync(
        ProviderSettings settings, ProviderEvent providerEvent, ProviderConnection connection, string accessToken, CancellationToken cancellationToken)
    {
        if (!long.TryParse(providerEvent.ObjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        StravaActivity? activity;
        using (var response = await http.GetAsync(settings.Api($"/api/v3/activities/{id}"), accessToken, cancellationToken))
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            activity = await response.Content.ReadFromJsonAsync<StravaActivity>(cancellationToken);
        }

        if (activity is null)
        {
            return null;
        }

        using var streamsResponse = await http.GetAsync(
            settings.Api($"/api/v3/activities/{id}/streams?keys={StravaStreams.Keys}&key_by_type=true"), accessToken, cancellationToken);
        if (streamsResponse.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        streamsResponse.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await streamsResponse.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return StravaTrack.ToCommand(connection.AthleteId, activity, StravaStreams.Parse(json.RootElement), OwnerOnly);
    }
}
