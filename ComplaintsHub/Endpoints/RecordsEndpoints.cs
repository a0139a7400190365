using ComplaintsHub.Auth;
using ComplaintsHub.Core.Records;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Security;

namespace ComplaintsHub.Endpoints;

internal static class RecordsEndpoints
{
    public static string BundlePath(int requestId) => $"/records/subject-access/{requestId}/bundle";

    /// <summary>A subject access request's bundle (a zip), for the complaints team; producing it writes the access log.</summary>
    public static void MapRecordsEndpoints(this WebApplication app)
    {
        app.MapGet("/records/subject-access/{id:int}/bundle", async (HttpContext context, int id, SubjectAccessRequests requests) =>
        {
            if (context.User.ToCurrentStaff() is not { } staff) return Results.Forbid();
            try
            {
                var bundle = new MemoryStream();
                var fileName = await requests.WriteBundleAsync(id, staff, bundle, context.RequestAborted);
                bundle.Position = 0;
                return Results.File(bundle, "application/zip", fileName);
            }
            catch (RefusalException refusal)
            {
                return Results.Problem(refusal.Message, statusCode: refusal is PermissionDeniedException ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest);
            }
        }).RequireAuthorization(Policies.Administer).RequireRateLimiting(HostHardening.ExportPolicy);
    }
}
