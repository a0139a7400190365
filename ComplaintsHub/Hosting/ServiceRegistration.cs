using ComplaintsHub.Core;
using ComplaintsHub.Core.Data;
using MudBlazor.Services;

namespace ComplaintsHub.Hosting;

internal static class ServiceRegistration
{
    /// <summary>The largest message the browser may send over the live connection (SignalR's default is 32 KB).</summary>
    public const long LiveConnectionMessageBytes = ComplaintsHub.Core.Input.TextLimits.LargestInput * 6L + 64 * 1024;

    /// <summary>Validates the database settings now, so a wrong provider or connection string stops start-up with a clear message.</summary>
    public static void AddDatabaseFromConfiguration(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.Create(
            builder.Configuration[DatabaseSettings.ProviderKey],
            builder.Configuration[DatabaseSettings.ConnectionStringKey],
            Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
        builder.Services.AddComplaintsDatabase(settings);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddHostedService<NightlyDatabaseUpkeep>();
    }

    /// <summary>
    /// The council's settings seed its stored details on the first start. Missing settings are registered as such, not
    /// refused here: only a database without stored details needs them, and start-up then stops naming them
    /// (<see cref="DatabaseStartup"/>).
    /// </summary>
    public static void AddCouncilDetails(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Council");
        var missing = new[] { "Name", "Address", "Signatory", "EscalationHow" }.Where(k => string.IsNullOrWhiteSpace(section[k])).ToList();
        if (missing.Count > 0)
        {
            builder.Services.AddSingleton(new MissingCouncilSettings($"Letters need the council's details: set {string.Join(", ", missing.Select(m => $"Council:{m}"))}."));
            return;
        }

        byte[]? logo = null;
        if (section["LogoPath"] is { Length: > 0 } logoPath)
        {
            var path = Path.IsPathRooted(logoPath) ? logoPath : Path.Combine(builder.Environment.ContentRootPath, logoPath);
            if (!File.Exists(path)) throw new InvalidOperationException($"Council:LogoPath is \"{logoPath}\" but there is no file at {path}. Point it at a PNG, or remove it for a letterhead without a logo.");
            logo = File.ReadAllBytes(path);
        }

        builder.Services.AddSingleton(new ComplaintsHub.Core.Letters.CouncilDetails(section["Name"]!, section["Address"]!, section["Signatory"]!, section["EscalationHow"]!, logo,
            NullIfEmpty(section["ComplaintsEmail"]), NullIfEmpty(section["ComplaintsPhone"])));
        static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Where LibreOffice is, checked at start-up (<see cref="LibreOfficeOptionsValidation"/>).</summary>
    public static void AddLetterPdfFromConfiguration(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ComplaintsHub.Core.Letters.LibreOfficeOptions>, LibreOfficeOptionsValidation>();
        builder.Services.AddOptions<ComplaintsHub.Core.Letters.LibreOfficeOptions>().Bind(builder.Configuration.GetSection(ComplaintsHub.Core.Letters.LibreOfficeOptions.Section)).ValidateOnStart();
    }

    /// <summary>The mail server and the app's address for links, checked at start-up (<see cref="ComplaintsHub.Core.Email.EmailOptionsValidation"/>); empty means email is switched off.</summary>
    public static void AddEmailFromConfiguration(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ComplaintsHub.Core.Email.EmailOptions>, ComplaintsHub.Core.Email.EmailOptionsValidation>();
        builder.Services.AddOptions<ComplaintsHub.Core.Email.EmailOptions>().Bind(builder.Configuration.GetSection(ComplaintsHub.Core.Email.EmailOptions.Section)).ValidateOnStart();
        builder.Services.AddHostedService<OutboxSendingService>();
    }

    /// <summary>The size limit and kinds of case documents, checked at start-up (<see cref="ComplaintsHub.Core.Documents.DocumentOptionsValidation"/>).</summary>
    public static void AddDocumentsFromConfiguration(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ComplaintsHub.Core.Documents.DocumentOptions>, ComplaintsHub.Core.Documents.DocumentOptionsValidation>();
        builder.Services.AddOptions<ComplaintsHub.Core.Documents.DocumentOptions>().Bind(builder.Configuration.GetSection(ComplaintsHub.Core.Documents.DocumentOptions.Section)).ValidateOnStart();
    }

    public static void AddComplaintsHubServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddComplaintsHubCore();
    }

    public static void AddComplaintsHubUi(this IServiceCollection services)
    {
        // The live connection drops (and the page forgets) any message over this size, so it must carry the longest
        // text any field lets the browser hold, at the worst JSON escaping (\uXXXX, six bytes a character), with room
        // for the event around it. Text over a field's limit then always arrives, to be refused with a message.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = LiveConnectionMessageBytes);
        services.AddMudServices();
        services.AddScoped<ComplaintsHub.Components.Shared.IDraftStore, ComplaintsHub.Components.Shared.BrowserDraftStore>();
    }
}
