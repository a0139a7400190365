using ComplaintsHub.Auth;

namespace ComplaintsHub.Observability;

/// <summary>Every log written while a request is handled names the signed-in person by staff id (never by name).</summary>
internal sealed class StaffLogScopeMiddleware(RequestDelegate next, ILogger<StaffLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.StaffId() is not { } staffId)
        {
            await next(context);
            return;
        }

        System.Diagnostics.Activity.Current?.SetTag("enduser.id", staffId.ToString());
        using (logger.BeginScope(new Dictionary<string, object?> { ["UserId"] = staffId }))
        {
            await next(context);
        }
    }
}
