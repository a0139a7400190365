namespace ComplaintsHub.Core.Reports;

/// <summary>The Tenant Satisfaction Measures for the housing (landlord) procedure.</summary>
public sealed record HousingMeasures(int? Homes, StagePerformance Stage1, StagePerformance Stage2)
{
    /// <summary>CH01: complaints received per 1,000 homes; null until the admin has entered the homes for the year.</summary>
    public double? Ch01Stage1 => Homes is > 0 ? Stage1.Received * 1000.0 / Homes.Value : null;
    public double? Ch01Stage2 => Homes is > 0 ? Stage2.Received * 1000.0 / Homes.Value : null;
    /// <summary>CH02: share of responses within the Complaint Handling Code's timescales.</summary>
    public double? Ch02Stage1 => Stage1.ShareWithinTimescale;
    public double? Ch02Stage2 => Stage2.ShareWithinTimescale;
}
