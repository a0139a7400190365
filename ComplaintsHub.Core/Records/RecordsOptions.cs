namespace ComplaintsHub.Core.Records;

/// <summary>The records settings from the <c>Records</c> section; checked at start-up (<see cref="RecordsOptionsValidation"/>).</summary>
public sealed class RecordsOptions
{
    public const string Section = "Records";

    /// <summary>The nightly retention run; off only where another instance or a test runs it.</summary>
    public bool ScheduledRetention { get; set; } = true;

    /// <summary>
    /// Whole years an access log line is kept. The log is itself personal data, so it goes in its turn; six years lets it
    /// answer for as long as the files it describes are kept.
    /// </summary>
    public int AccessLogYears { get; set; } = 6;
}
