using System.Globalization;
using ComplaintsHub.Auth;
using ComplaintsHub.Components;
using ComplaintsHub.Endpoints;
using ComplaintsHub.Hosting;
using ComplaintsHub.Observability;
using ComplaintsHub.Security;

var seedDemoData = args.Contains(DatabaseStartup.SeedSwitch);
var rebuildSearchIndex = args.Contains(DatabaseStartup.RebuildSearchSwitch);
var builder = WebApplication.CreateBuilder(args.Where(a => a != DatabaseStartup.SeedSwitch && a != DatabaseStartup.RebuildSearchSwitch).ToArray());

// Configuration and services: UK dates and money everywhere, whatever the browser says
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
builder.UseSharedDevelopmentSettings();
builder.AddDatabaseFromConfiguration();
builder.AddSharedDataProtection();
builder.AddHostHardening();
builder.AddTelemetryFromConfiguration();
builder.AddCouncilDetails();
builder.AddLetterPdfFromConfiguration();
builder.AddEmailFromConfiguration();
builder.AddEmailReminders();
builder.AddRecordsRetention();
builder.AddInboxFromConfiguration();
builder.AddDocumentsFromConfiguration();
builder.Services.AddComplaintsHubUi();
var signInMode = builder.AddComplaintsHubAuthentication();
builder.Services.AddAuthorization(Policies.Configure);
builder.Services.AddComplaintsHubServices();

var app = builder.Build();

// Database: migrate, and seed demo data where allowed; or only rebuild the search index, and stop
if (rebuildSearchIndex)
{
    await app.RebuildSearchIndexAsync();
    return;
}

await app.PrepareDatabaseAsync(seedDemoData);

// Request pipeline
app.UseHostHardening(signInMode);
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseSignInUnavailablePage(signInMode);
app.UseAuthentication();
app.UseMiddleware<StaffLogScopeMiddleware>();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

// Endpoints
app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapAccountEndpoints(signInMode);
app.MapLetterEndpoints();
app.MapKpiExportEndpoints();
app.MapAnnualReportEndpoints();
app.MapRecordsEndpoints();
app.MapInboxEndpoints();
app.MapDocumentEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
