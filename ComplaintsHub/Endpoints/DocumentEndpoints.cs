using ComplaintsHub.Auth;
using ComplaintsHub.Core.Queries;

namespace ComplaintsHub.Endpoints;

internal static class DocumentEndpoints
{
    /// <summary>
    /// A case document, always as a download of the type its content showed, streamed from the store: to anyone who may
    /// see the case. Any other id, a removed document's included, is not found.
    /// </summary>
    public static void MapDocumentEndpoints(this WebApplication app)
    {
        app.MapGet("/documents/{id:guid}", async (Guid id, HttpContext context, CaseDocuments documents) =>
        {
            var staff = context.User.ToCurrentStaff();
            if (staff is null) return Results.Forbid();
            if (await documents.OpenAsync(id, staff, context.RequestAborted) is not { } file) return Results.NotFound();
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.ContentLength = file.Length;
            // The result disposes the stream, and with it the store's own context, once the response is sent.
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization(Policies.Caseworker);
    }
}
