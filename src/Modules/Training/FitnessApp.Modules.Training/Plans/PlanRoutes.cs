namespace FitnessApp.Modules.Training.Plans;

internal static class PlanRoutes
{
    public const string Templates = "/plan-templates";
    public const string Enrolments = "/plans/enrolments";
    public const string CurrentEnrolment = "/plans/enrolments/current";
    public const string Calendar = "/calendar";

    public static string TemplateOf(Guid id) => $"/api/v1/training/plan-templates/{id}";

    public const string CurrentEnrolmentUrl = "/api/v1/training/plans/enrolments/current";
}
