using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Earning.Referrals.EnterReferralCode;

internal static class EnterReferralCodeEndpoint
{
    public sealed record Body(string? Code);

    public static void MapEnterReferralCode(this IEndpointRouteBuilder group) =>
        group.MapPost(EarningRoutes.Referral, Handle)
            .WithName("EnterLoyaltyReferralCode")
            .WithSummary("A new athlete enters another athlete's referral code, once; both earn the referral bonus with the new athlete's first device activity")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ReferralResponse>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new EnterReferralCode(principal.GetUserId(), body.Code), cancellationToken));
}
