using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;

namespace ComplaintsHub.Core.Reports;

/// <summary>Who the figures are for. Councillors get aggregates only, with small counts suppressed.</summary>
public enum KpiAudience
{
    Staff,
    Councillor,
}
