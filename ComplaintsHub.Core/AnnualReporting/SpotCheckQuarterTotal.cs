namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>A quarter's spot checks across every head of service: cases drawn, checked, and checks that found a failing.</summary>
public sealed record SpotCheckQuarterTotal(string Quarter, int Drawn, int Checked, int FoundFailings);
