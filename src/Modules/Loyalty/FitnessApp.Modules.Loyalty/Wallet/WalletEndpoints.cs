using System.Security.Claims;
using FitnessApp.Modules.Loyalty.Levels.GetLevel;
using FitnessApp.Modules.Loyalty.Levels.GetLevelTable;
using FitnessApp.Modules.Loyalty.Levels.ReplaceLevels;
using FitnessApp.Modules.Loyalty.Wallet.GetBalance;
using FitnessApp.Modules.Loyalty.Wallet.ListLedger;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Wallet;

internal static class WalletEndpoints
{
    public const string AdminLevels = "/admin/levels";

    /// <param name="Levels">The whole table, level 1 first.</param>
    public sealed record LevelsBody(IReadOnlyList<LevelInput>? Levels);

    public static void MapWallet(this IEndpointRouteBuilder api)
    {
        api.MapGet("/balance", HandleGetBalance)
            .WithName("GetLoyaltyBalance")
            .WithSummary("The caller's points: balance (the ledger's sum), reserved, available, lifetime points, level and points expiring within 30 days")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/ledger", HandleListLedger)
            .WithName("ListLoyaltyLedger")
            .WithSummary("The caller's points history, newest first; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/level", HandleGetLevel)
            .WithName("GetLoyaltyLevel")
            .WithSummary("The caller's level, the next one, the progress toward it (0..1) and every level")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapGet(AdminLevels, HandleGetLevelTable)
            .WithName("GetLoyaltyLevelTable")
            .WithSummary("Operators: the level table with both languages' names")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        operators.MapPut(AdminLevels, HandleReplaceLevels)
            .WithName("ReplaceLoyaltyLevels")
            .WithSummary("Operators: replaces the whole level table (level 1 at 0 points, thresholds strictly ascending, names en and ru up to 60 characters); nobody loses a level")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<BalanceResponse>> HandleGetBalance(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetBalance.GetBalance(principal.GetUserId()), cancellationToken));

    private static async Task<Ok<Page<LedgerEntryResponse>>> HandleListLedger(
        ClaimsPrincipal principal, IMediator mediator, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ListLedger.ListLedger(principal.GetUserId(), cursor, limit ?? ListLedger.ListLedger.DefaultLimit), cancellationToken));

    private static async Task<Ok<LevelResponse>> HandleGetLevel(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetLevel(principal.GetUserId()), cancellationToken));

    private static async Task<Ok<IReadOnlyList<LevelDefinitionResponse>>> HandleGetLevelTable(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetLevelTable(), cancellationToken));

    private static async Task<Ok<IReadOnlyList<LevelDefinitionResponse>>> HandleReplaceLevels(LevelsBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ReplaceLevels(body.Levels), cancellationToken));
}
