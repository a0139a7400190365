using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// The home page's tiles: the current quarter's KPI report, read from the same cells as the dashboard's tiles, so the
/// two pages give one answer for "received" and "open" (docs/kpi-definitions.md) and hide the same small counts.
/// </summary>
public sealed class HeadlineFiguresQuery(KpiQuery kpis, TimeProvider clock)
{
    public async Task<HeadlineFigures> GetAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        var quarter = FinancialQuarter.Containing(UkTime.Today(clock));
        return Of(await kpis.GetAsync(new KpiFilter(ReportPeriod.ForQuarter(quarter)), staff, cancellationToken));
    }

    /// <summary>The tiles from a quarter's report, as its dashboard shows them.</summary>
    public static HeadlineFigures Of(KpiReport report)
    {
        var tables = KpiTables.Build(report);
        var headline = tables.Single(t => t.Key == KpiTables.Headline);
        var contacts = tables.Single(t => t.Key == KpiTables.Contacts);
        KpiCell Tile(string row) => headline.Row(row)!.Cells[0];
        var others = Enum.GetValues<ContactClassification>().Where(c => c != ContactClassification.Complaint)
            .Select(c => contacts.Row(KpiTables.Rows.Contacts(c))!.Cells[0]).ToList();
        var otherContacts = OtherContacts(contacts.Rows.Single(r => r.IsTotal).Cells[0], contacts.Row(KpiTables.Rows.Contacts(ContactClassification.Complaint))!.Cells[0], others);
        return new HeadlineFigures(report.Period.LastQuarter, report.LimitedToOwnAreas,
            Tile(KpiTables.Rows.Received), otherContacts, Tile(KpiTables.Rows.Open), Tile(KpiTables.Rows.Overdue));
    }

    /// <summary>
    /// The dashboard has no single cell for the contacts that are not complaints, so this works it out from its contacts
    /// table: all contacts less complaints, or the other kinds added up. It is shown only when it can be worked out from
    /// cells the dashboard shows, so it tells a councillor nothing the dashboard withholds.
    /// </summary>
    private static KpiCell OtherContacts(KpiCell all, KpiCell complaints, IReadOnlyList<KpiCell> others)
    {
        if (all.Value is { } total && complaints.Value is { } complaintCount) return KpiCell.Count((int)(total - complaintCount), suppressSmall: false);
        return others.All(o => o.Value is not null) ? KpiCell.Count((int)others.Sum(o => o.Value!.Value), suppressSmall: false) : KpiCell.Withheld(KpiFormat.Count);
    }
}
