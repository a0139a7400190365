using ComplaintsHub.Auth;
using ComplaintsHub.Core.AnnualReporting;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Security;

namespace ComplaintsHub.Endpoints;

internal static class AnnualReportEndpoints
{
    public const string StaffCopy = "staff";
    public const string CouncillorsCopy = "councillors";

    /// <summary>The annual report: a Word draft for the complaints team, and each published version's files exactly as published.</summary>
    public static void MapAnnualReportEndpoints(this WebApplication app)
    {
        app.MapGet("/annual-reports/draft", async (HttpContext context, int year, string? copy, AnnualReports reports) =>
        {
            if (context.User.ToCurrentStaff() is not { } staff) return Results.Forbid();
            if (Audience(copy) is not { } audience) return Results.BadRequest($"Choose the copy: {StaffCopy} or {CouncillorsCopy}.");
            try
            {
                var draft = await reports.DraftAsync(year, audience, staff, context.RequestAborted);
                return Results.File(draft.Content, draft.ContentType, draft.FileName);
            }
            catch (RefusalException refusal)
            {
                return Results.Problem(refusal.Message, statusCode: refusal is PermissionDeniedException ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest);
            }
        }).RequireAuthorization(Policies.Administer).RequireRateLimiting(HostHardening.ExportPolicy);

        app.MapGet("/annual-reports/{id:int}/{copy}.{format}", async (HttpContext context, int id, string copy, string format, AnnualReports reports) =>
        {
            if (context.User.ToCurrentStaff() is not { } staff) return Results.Forbid();
            if (Audience(copy) is not { } audience || format is not ("docx" or "pdf")) return Results.NotFound();
            try
            {
                return await reports.DownloadAsync(id, audience, format == "pdf", staff, context.RequestAborted) is { } file
                    ? Results.File(file.Content, file.ContentType, file.FileName)
                    : Results.NotFound();
            }
            catch (RefusalException refusal)
            {
                return Results.Problem(refusal.Message, statusCode: StatusCodes.Status403Forbidden);
            }
        }).RequireAuthorization(Policies.ViewKpis);
    }

    private static KpiAudience? Audience(string? copy) => copy switch
    {
        StaffCopy => KpiAudience.Staff,
        CouncillorsCopy => KpiAudience.Councillor,
        _ => null,
    };
}
