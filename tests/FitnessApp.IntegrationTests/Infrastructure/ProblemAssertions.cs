using System.Net;
using System.Text.Json;

namespace FitnessApp.IntegrationTests.Infrastructure;

/// <summary>Reads an RFC 9457 problem document and checks the parts every problem must have.</summary>
public static class ProblemAssertions
{
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.TryGetProperty("correlationId", out _).ShouldBeTrue("a problem document carries the correlation id");
        return problem;
    }

    /// <summary>The field keys of a validation problem's <c>errors</c> member.</summary>
    public static IReadOnlyList<string> ErrorKeys(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
}
