using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Reports;

public sealed record HousingStockRow(int Id, int FinancialYearStart, int Homes, Guid Version)
{
    public string YearLabel => FinancialQuarter.YearLabel(FinancialYearStart);
}
