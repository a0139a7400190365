using ComplaintsHub.Auth;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Security;
using Microsoft.Net.Http.Headers;

namespace ComplaintsHub.Endpoints;

internal static class KpiExportEndpoints
{
    public const string Path = "/kpis/export";

    /// <summary>The dashboard's figures as an Excel workbook; staff also get the case-level sheet, councillors never.</summary>
    public static void MapKpiExportEndpoints(this WebApplication app) =>
        app.MapGet(Path, async (HttpContext context, string? period, int? area, int? procedure,
            KpiQuery query, KpiCaseRowsQuery caseRows, LetterService letters, TimeProvider clock) =>
        {
            var staff = context.User.ToCurrentStaff();
            if (staff is null) return Results.Forbid();
            if (!ReportPeriod.TryParse(period, out var reportPeriod))
            {
                return Results.BadRequest("Choose a period: a quarter such as 2026-Q2 or a financial year such as 2026.");
            }

            var filter = new KpiFilter(reportPeriod, area, procedure);
            // An area or procedure that does not exist would otherwise give a workbook of zeros that looks like an answer.
            if (await query.UnknownChoiceAsync(filter, context.RequestAborted) is { } unknown)
            {
                return Results.Problem(unknown, statusCode: StatusCodes.Status404NotFound);
            }

            try
            {
                // Checked before anything is sent, so a refusal is a plain 403 rather than a broken download.
                await query.CheckAccessAsync(filter, staff, context.RequestAborted);
            }
            catch (RefusalException refusal)
            {
                return Results.Problem(refusal.Message, statusCode: StatusCodes.Status403Forbidden);
            }

            var report = query.GetAsync(filter, staff, context.RequestAborted);
            var cases = staff.IsCaseworker ? caseRows.ListAsync(filter, staff, context.RequestAborted) : null;
            var cover = new WorkbookCover((await letters.CouncilAsync(context.RequestAborted)).Name, staff.Name, clock.GetUtcNow().UtcDateTime);
            context.Response.ContentType = KpiWorkbook.ContentType;
            context.Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = KpiWorkbook.FileName(reportPeriod) }.ToString();
            context.Response.Headers[HeaderNames.CacheControl] = "no-store";
            await KpiWorkbook.WriteAsync(context.Response.Body, report, cover, cases, context.RequestAborted);
            return Results.Empty;
        }).RequireAuthorization(Policies.ViewKpis).RequireRateLimiting(HostHardening.ExportPolicy);
}
