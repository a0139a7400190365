namespace ComplaintsHub.Core.Reports;

/// <summary>The spot-check sample as the reporting settings hold it, and the version a change is saved against.</summary>
public sealed record SpotCheckSampleSettings(int Minimum, decimal Percent, Guid? Version);
