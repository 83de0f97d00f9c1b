using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Wallet.GetBalance;

/// <summary>The athlete's points: balance (the ledger's sum), reserved, available, level and points about to expire.</summary>
internal sealed record GetBalance(Guid UserId) : IQuery<BalanceResponse>;

/// <param name="NextLevelPoints">The lifetime points the next level needs (null at the top level).</param>
/// <param name="ExpiringPoints">Points that expire within 30 days unless spent.</param>
/// <param name="ExpiringOn">The first day some of them expire.</param>
internal sealed record BalanceResponse(
    int Balance,
    int Reserved,
    int Available,
    int LifetimePoints,
    int Level,
    string LevelName,
    int? NextLevelPoints,
    int ExpiringPoints,
    DateOnly? ExpiringOn);
