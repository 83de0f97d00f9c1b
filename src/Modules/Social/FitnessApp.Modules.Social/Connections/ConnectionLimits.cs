using FitnessApp.Modules.Shared.Contracts.Paging;
using FluentValidation;

namespace FitnessApp.Modules.Social.Connections;

internal static class ConnectionLimits
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static void LimitAndCursor<T>(this AbstractValidator<T> validator, Func<T, int> limit, Func<T, string?> cursor)
    {
        validator.RuleFor(q => limit(q)).InclusiveBetween(1, MaxLimit).OverridePropertyName("limit");
        validator.RuleFor(q => cursor(q)).Must(KeysetCursor.IsValid).OverridePropertyName("cursor")
            .WithMessage("'cursor' is not a cursor from a previous page.");
    }

    public static void NotSelf<T>(this AbstractValidator<T> validator, Func<T, Guid> viewer, Func<T, Guid> user, string what)
    {
        validator.RuleFor(q => user(q)).NotEmpty().OverridePropertyName("userId");
        validator.RuleFor(q => user(q)).Must((q, id) => id != viewer(q)).OverridePropertyName("userId")
            .WithMessage($"'userId' must be another athlete: you cannot {what} yourself.");
    }
}
