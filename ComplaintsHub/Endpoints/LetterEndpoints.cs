using ComplaintsHub.Auth;
using ComplaintsHub.Core.Letters;

namespace ComplaintsHub.Endpoints;

internal static class LetterEndpoints
{
    private const string WordMimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Issued letters download exactly as sent, as Word or PDF, to anyone who may see the case.</summary>
    public static void MapLetterEndpoints(this WebApplication app)
    {
        app.MapGet("/letters/{id:int}/download", async (int id, HttpContext context, LetterService letters) =>
        {
            var staff = context.User.ToCurrentStaff();
            if (staff is null) return Results.Forbid();
            return await letters.DownloadAsync(id, staff, context.RequestAborted) is { } file
                ? Results.File(file.Content, WordMimeType, file.FileName)
                : Results.NotFound();
        }).RequireAuthorization(Policies.Caseworker);
        app.MapGet("/letters/{id:int}/pdf", async (int id, HttpContext context, LetterService letters) =>
        {
            var staff = context.User.ToCurrentStaff();
            if (staff is null) return Results.Forbid();
            return await letters.DownloadPdfAsync(id, staff, context.RequestAborted) is { } file
                ? Results.File(file.Content, "application/pdf", file.FileName)
                : Results.NotFound();
        }).RequireAuthorization(Policies.Caseworker);
    }
}
