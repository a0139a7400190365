using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Reports;

public sealed record HousingStockRow(int Id, int FinancialYearStart, int Homes, Guid Version)
{
    public string YearLabel => FinancialQuarter.YearLabel(FinancialYearStart);
}
