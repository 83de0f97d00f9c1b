using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Legal.GetTerms;

internal static class GetTermsEndpoint
{
    /// <param name="Version">What a registration sends as <c>acceptedTermsVersion</c> and <c>POST /me/terms</c> as <c>version</c>.</param>
    public sealed record TermsResponse(string Version, string TermsUrl, string PrivacyUrl);

    public static void MapGetTerms(this IEndpointRouteBuilder group) =>
        group.MapGet("/terms", Handle)
            .AllowAnonymous()
            .WithName("GetTerms")
            .WithSummary("The version of the terms and privacy policy in force and where to read them (portal pages, en and ru)")
            .Produces<TermsResponse>();

    private static Ok<TermsResponse> Handle(IOptions<LegalOptions> legal) =>
        TypedResults.Ok(new TermsResponse(legal.Value.TermsVersion, LegalPaths.Terms, LegalPaths.Privacy));
}
