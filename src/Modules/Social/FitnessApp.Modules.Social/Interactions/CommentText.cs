using FluentValidation;

namespace FitnessApp.Modules.Social.Interactions;

/// <summary>A comment's text: 1 to <see cref="Comment.TextMaxLength"/> characters once trimmed.</summary>
internal static class CommentText
{
    public static string Normalize(string? text) => (text ?? string.Empty).Trim();

    public static IRuleBuilderOptions<T, string?> ValidCommentText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => Normalize(text).Length is >= 1 and <= Comment.TextMaxLength)
            .WithMessage($"'text' must have 1 to {Comment.TextMaxLength} characters (leading and trailing spaces do not count).");
}
