namespace ComplaintsHub.Hosting;

internal static class RetentionScheduling
{
    public const string Setting = "Records:ScheduledRetention";

    /// <summary>
    /// The nightly retention run, on unless <c>Records:ScheduledRetention</c> is false: the law expects files past their
    /// period to go without anyone remembering to ask. The tests' app turns it off so that no test's data is changed
    /// under it; the retention tests run it themselves.
    /// </summary>
    public static void AddRecordsRetention(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue(Setting, true))
        {
            builder.Services.AddHostedService<RetentionScheduler>();
        }
    }
}
