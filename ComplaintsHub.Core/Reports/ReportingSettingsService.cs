using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Reports;

/// <summary>The reporting target, the spot-check sample and the homes per year (for CH01), kept by the complaints team.</summary>
public sealed class ReportingSettingsService(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    public async Task<(decimal TargetPercent, Guid? Version)> GetTargetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.ReportingSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return settings is null ? (ReportingSettings.DefaultTargetPercent, null) : (settings.TimescaleTargetPercent, settings.Version);
    }

    /// <param name="version">The version the person saw; null if there was no row yet.</param>
    public Task SetTargetAsync(decimal percent, Guid? version, CurrentStaff by, CancellationToken cancellationToken = default) =>
        ChangeAsync(version, by, "change the reporting target", settings =>
        {
            var was = settings.TimescaleTargetPercent;
            settings.SetTarget(percent);
            return was == percent ? null : $"Reporting target changed from {was:0.#}% to {percent:0.#}%.";
        }, cancellationToken);

    /// <summary>The spot-check sample: the fewest cases and the share of the quarter's closed cases, with the version to save against.</summary>
    public async Task<SpotCheckSampleSettings> GetSpotCheckSampleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.ReportingSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return settings is null
            ? new(ReportingSettings.DefaultSpotCheckMinimum, ReportingSettings.DefaultSpotCheckPercent, null)
            : new(settings.SpotCheckMinimum, settings.SpotCheckPercent, settings.Version);
    }

    /// <param name="version">The version the person saw; null if there was no row yet.</param>
    public Task SetSpotCheckSampleAsync(int minimum, decimal percent, Guid? version, CurrentStaff by, CancellationToken cancellationToken = default) =>
        ChangeAsync(version, by, "change the spot-check sample", settings =>
        {
            var (wasMinimum, wasPercent) = (settings.SpotCheckMinimum, settings.SpotCheckPercent);
            settings.SetSpotCheckSample(minimum, percent);
            return wasMinimum == minimum && wasPercent == percent
                ? null
                : $"Spot-check sample changed from {wasPercent:0.#}% (at least {wasMinimum}) to {percent:0.#}% (at least {minimum}).";
        }, cancellationToken);

    /// <summary>
    /// Makes one change to the settings' single row (creating it on first use), with its line in the audit timeline, or
    /// refuses it if someone else saved the row since the person loaded it.
    /// </summary>
    /// <param name="change">Applies the change; returns the audit line, or null when nothing changed.</param>
    private async Task ChangeAsync(Guid? version, CurrentStaff by, string toDoWhat, Func<ReportingSettings, string?> change, CancellationToken cancellationToken)
    {
        by.Require(StaffRole.ComplaintsAdmin, toDoWhat);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await db.ReportingSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            if (version is not null) throw new ConcurrencyException("The reporting settings were changed by someone else: reload the page.");
            settings = ReportingSettings.CreateDefault();
            if (change(settings) is not { } first) return;
            settings.RecordChange(by.Actor, now);
            db.ReportingSettings.Add(settings);
            db.TimelineEvents.Add(Event(by, now, first));
            await db.SaveRefusingClashAsync("The reporting settings were changed by someone else: reload the page.", cancellationToken);
            return;
        }

        if (settings.Version != version) throw new ConcurrencyException(SettingsStale(settings));
        if (change(settings) is not { } summary) return;
        settings.RecordChange(by.Actor, now);
        db.TimelineEvents.Add(Event(by, now, summary));
        await db.SaveExpectingAsync(settings, version.Value, async () =>
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return SettingsStale(await fresh.ReportingSettings.AsNoTracking().SingleAsync(cancellationToken));
        }, cancellationToken);
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
        var now = clock.GetUtcNow().UtcDateTime;
        var year = FinancialQuarter.YearLabel(financialYearStart);
        if (existing is null)
        {
            var entered = new HousingStock(financialYearStart, homes);
            entered.RecordChange(by.Actor, now);
            db.HousingStock.Add(entered);
            db.TimelineEvents.Add(Event(by, now, $"Homes owned in {year} entered: {homes:N0}."));
            await db.SaveRefusingClashAsync("Someone else has just entered the homes for that year: reload the page.", cancellationToken);
            return;
        }

        if (version is null) throw new DomainException($"The homes for {year} are already entered: change that row instead.");
        if (existing.Version != version) throw new ConcurrencyException(HomesStale(existing));
        var was = existing.Homes;
        existing.SetHomes(homes);
        if (was == homes) return;
        existing.RecordChange(by.Actor, now);
        db.TimelineEvents.Add(Event(by, now, $"Homes owned in {year} changed from {was:N0} to {homes:N0}."));
        await db.SaveExpectingAsync(existing, version.Value, async () =>
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            return HomesStale(await fresh.HousingStock.AsNoTracking().SingleAsync(h => h.Id == existing.Id, cancellationToken));
        }, cancellationToken);
    }

    private static string SettingsStale(ReportingSettings settings) => StaleChange.Message("The reporting settings", settings.UpdatedByName, settings.UpdatedAt, plural: true);

    private static string HomesStale(HousingStock row) =>
        StaleChange.Message($"The homes for {FinancialQuarter.YearLabel(row.FinancialYearStart)}", row.UpdatedByName, row.UpdatedAt, plural: true);

    private static TimelineEvent Event(CurrentStaff by, DateTime now, string summary) => new(null, TimelineEventType.SetupChanged, by.Actor, now, summary);
}
