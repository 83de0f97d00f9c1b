namespace FitnessApp.Modules.Support.Domain;

internal enum FeedbackCategory
{
    Idea = 0,
    Problem = 1,
    Praise = 2,
    Other = 3,
}
