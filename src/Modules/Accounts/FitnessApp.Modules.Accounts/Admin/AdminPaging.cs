using FluentValidation;

namespace FitnessApp.Modules.Accounts.Admin;

/// <summary>The paging rules of the admin lists: a 1-based page and a bounded page size.</summary>
internal static class AdminPaging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static void ValidPage<T>(this IRuleBuilder<T, int> page) =>
        page.GreaterThanOrEqualTo(1).WithMessage("'page' must be 1 or more.");

    public static void ValidPageSize<T>(this IRuleBuilder<T, int> pageSize, int max = MaxPageSize) =>
        pageSize.InclusiveBetween(1, max).WithMessage($"'pageSize' must be between 1 and {max}.");

    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;
}
