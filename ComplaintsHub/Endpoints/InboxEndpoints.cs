using ComplaintsHub.Auth;
using ComplaintsHub.Core.Inbox;

namespace ComplaintsHub.Endpoints;

internal static class InboxEndpoints
{
    /// <summary>
    /// An inbox email's original (.eml) and its kept attachments, always as downloads: to anyone who handles cases while
    /// the email is in the shared inbox, and once it is kept with a case, to those who may see that case.
    /// </summary>
    public static void MapInboxEndpoints(this WebApplication app)
    {
        app.MapGet("/inbox/{id:long}/original", async (long id, HttpContext context, InboxService inbox) =>
        {
            var staff = context.User.ToCurrentStaff();
            if (staff is null) return Results.Forbid();
            return await inbox.OriginalAsync(id, staff, context.RequestAborted) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound();
        }).RequireAuthorization(Policies.Inbox);
        app.MapGet("/inbox/attachments/{id:long}", async (long id, HttpContext context, InboxService inbox) =>
        {
            var staff = context.User.ToCurrentStaff();
            if (staff is null) return Results.Forbid();
            // Sent as a download of a neutral type: a sender's HTML or SVG must never open as a page of ComplaintsHub.
            return await inbox.AttachmentAsync(id, staff, context.RequestAborted) is { } file
                ? Results.File(file.Content, "application/octet-stream", file.FileName)
                : Results.NotFound();
        }).RequireAuthorization(Policies.Inbox);
    }
}
