using ComplaintsHub.Core.Records;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Hosting;

internal static class RetentionScheduling
{
    /// <summary>
    /// The records settings, checked at start-up, and the nightly retention run unless <c>Records:ScheduledRetention</c> is
    /// false: the law expects files past their period to go without anyone remembering to ask. The tests' app turns it off
    /// so that no test's data is changed under it; the retention tests run it themselves.
    /// </summary>
    public static void AddRecordsRetention(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<RecordsOptions>, RecordsOptionsValidation>();
        builder.Services.AddOptions<RecordsOptions>().Bind(builder.Configuration.GetSection(RecordsOptions.Section)).ValidateOnStart();
        if (builder.Configuration.GetSection(RecordsOptions.Section).Get<RecordsOptions>()?.ScheduledRetention ?? true)
        {
            builder.Services.AddHostedService<RetentionScheduler>();
        }
    }
}
