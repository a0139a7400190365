using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Reports;

/// <summary>The reporting target and the homes per year (for CH01), kept by the complaints team.</summary>
public sealed class ReportingSettingsService(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    public async Task<(decimal TargetPercent, Guid? Version)> GetTargetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.ReportingSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return settings is null ? (ReportingSettings.DefaultTargetPercent, null) : (settings.TimescaleTargetPercent, settings.Version);
    }

    /// <param name="version">The version the person saw; null if there was no row yet.</param>
    public async Task SetTargetAsync(decimal percent, Guid? version, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change the reporting target");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var settings = await db.ReportingSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            if (version is not null) throw new ConcurrencyException("The reporting settings were changed by someone else: reload the page.");
            settings = ReportingSettings.CreateDefault();
            settings.SetTarget(percent);
            db.ReportingSettings.Add(settings);
            await db.SaveRefusingClashAsync("The reporting settings were changed by someone else: reload the page.", cancellationToken);
            return;
        }

        settings.SetTarget(percent);
        await db.SaveExpectingAsync(settings, version ?? Guid.Empty, "The reporting target was changed by someone else: reload the page to see it.", cancellationToken);
    }

    public async Task<IReadOnlyList<HousingStockRow>> ListHomesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.HousingStock.AsNoTracking().OrderByDescending(h => h.FinancialYearStart)
            .Select(h => new HousingStockRow(h.Id, h.FinancialYearStart, h.Homes, h.Version)).ToListAsync(cancellationToken);
    }

    /// <summary>Records or corrects the homes owned in a financial year.</summary>
    public async Task SetHomesAsync(int financialYearStart, int homes, Guid? version, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change the number of homes");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var existing = await db.HousingStock.FirstOrDefaultAsync(h => h.FinancialYearStart == financialYearStart, cancellationToken);
        if (existing is null)
        {
            db.HousingStock.Add(new HousingStock(financialYearStart, homes));
            await db.SaveRefusingClashAsync("Someone else has just entered the homes for that year: reload the page.", cancellationToken);
            return;
        }

        if (version is null) throw new DomainException($"The homes for {FinancialQuarter.YearLabel(existing.FinancialYearStart)} are already entered: change that row instead.");
        existing.SetHomes(homes);
        await db.SaveExpectingAsync(existing, version.Value, "The homes for that year were changed by someone else: reload the page to see them.", cancellationToken);
    }
}
