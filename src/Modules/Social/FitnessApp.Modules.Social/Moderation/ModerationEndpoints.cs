using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Moderation.GetReport;
using FitnessApp.Modules.Social.Moderation.ListMyReports;
using FitnessApp.Modules.Social.Moderation.ListReports;
using FitnessApp.Modules.Social.Moderation.ReportContent;
using FitnessApp.Modules.Social.Moderation.ResolveReport;
using FitnessApp.Modules.Social.Moderation.UnhideTarget;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Moderation;

internal static class ModerationEndpoints
{
    public static void MapModeration(this IEndpointRouteBuilder api)
    {
        api.MapReportContent();
        api.MapListMyReports();
        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapListReports();
        operators.MapGetReport();
        operators.MapResolveReport();
        operators.MapUnhideTarget();
    }
}
