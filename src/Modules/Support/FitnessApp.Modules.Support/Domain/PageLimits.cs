namespace FitnessApp.Modules.Support.Domain;

/// <summary>How many items a page of tickets, the queue or feedback holds unless asked otherwise, and at most.</summary>
internal static class PageLimits
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
