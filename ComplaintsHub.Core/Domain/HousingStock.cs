using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// How many homes the council owns in a financial year: the denominator of the Tenant Satisfaction Measure CH01
/// (complaints per 1,000 homes).
/// </summary>
public sealed class HousingStock : SetupEntity
{
    private HousingStock() { }

    public HousingStock(int financialYearStart, int homes)
    {
        if (financialYearStart is < 2000 or > 2100) throw new DomainException("Give the year the financial year starts in, e.g. 2026 for 2026/27.");
        FinancialYearStart = financialYearStart;
        SetHomes(homes);
    }

    public int Id { get; private set; }
    /// <summary>2026 means the financial year April 2026 to March 2027.</summary>
    public int FinancialYearStart { get; private set; }
    public int Homes { get; private set; }

    public void SetHomes(int homes)
    {
        if (homes is <= 0 or > NumberLimits.MaxHomes) throw new DomainException($"The number of homes must be from 1 to {NumberLimits.MaxHomes:N0}.");
        Homes = homes;
    }
}
