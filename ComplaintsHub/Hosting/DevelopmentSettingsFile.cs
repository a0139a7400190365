using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace ComplaintsHub.Hosting;

internal static class DevelopmentSettingsFile
{
    /// <summary>
    /// appsettings.Development.json lives at the repository root and is copied beside the binaries. The default
    /// host looks for it in the content root (the project folder), so point that one source at the copy, keeping
    /// its place in the order: environment variables and the command line still override it.
    /// </summary>
    public static void UseSharedDevelopmentSettings(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment()) return;
        var sources = builder.Configuration.Sources;
        var index = sources.ToList().FindIndex(s => s is JsonConfigurationSource { Path: "appsettings.Development.json" });
        if (index < 0) return;
        sources[index] = new JsonConfigurationSource
        {
            Path = "appsettings.Development.json",
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
    }
}
