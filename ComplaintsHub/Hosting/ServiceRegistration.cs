using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Services;
using MudBlazor.Services;

namespace ComplaintsHub.Hosting;

internal static class ServiceRegistration
{
    /// <summary>Validates the database settings now, so a wrong provider or connection string stops start-up with a clear message.</summary>
    public static void AddComplaintsHubData(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.Create(
            builder.Configuration[DatabaseSettings.ProviderKey],
            builder.Configuration[DatabaseSettings.ConnectionStringKey],
            Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
        builder.Services.AddComplaintsHubData(settings);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    public static void AddComplaintsHubServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CalendarService>();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<MyWorkQuery>();
        services.AddSingleton<HeadlineFiguresQuery>();
        services.AddSingleton<DemoDataSeeder>();
        services.AddSingleton<ContactLogging>();
        services.AddSingleton<CaseQuery>();
        services.AddSingleton<CaseActions>();
        services.AddSingleton<CaseListQuery>();
    }

    public static void AddComplaintsHubUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddScoped<ComplaintsHub.Components.Shared.IDraftStore, ComplaintsHub.Components.Shared.BrowserDraftStore>();
    }
}
