namespace ComplaintsHub.Core.Reports;

/// <summary>Who the figures are for. Councillors get aggregates only, with small counts suppressed.</summary>
public enum KpiAudience
{
    Staff,
    Councillor,
}
