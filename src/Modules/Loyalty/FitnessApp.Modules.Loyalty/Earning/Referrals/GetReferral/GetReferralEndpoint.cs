using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Earning.Referrals.GetReferral;

internal static class GetReferralEndpoint
{
    public static void MapGetReferral(this IEndpointRouteBuilder group) =>
        group.MapGet(EarningRoutes.Referral, Handle)
            .WithName("GetLoyaltyReferral")
            .WithSummary("The signed-in athlete's referral code, the athletes it referred and the referral points earned")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<ReferralResponse>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetReferral(principal.GetUserId()), cancellationToken));
}
