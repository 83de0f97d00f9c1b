namespace FitnessApp.Modules.Accounts.Admin;

/// <summary>One page of an admin list with the number of matching rows (operators jump between pages).</summary>
/// <param name="Page">1-based.</param>
internal sealed record AdminPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
