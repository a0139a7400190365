using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One step of the Awaab's Law timescales (for example "Investigate: 10 working days"), kept as data so the complaints
/// team can follow a change in the regulations without a new release. A step counts from when the landlord became aware,
/// or from when the investigation is due at the latest (the steps the regulations count from the investigation's end).
/// </summary>
public sealed class HazardTimescale : SetupEntity
{
    private HazardTimescale() { }

    public HazardTimescale(HazardSeverity severity, int order, string step, int count, HazardTimescaleUnit unit, bool afterInvestigation)
    {
        Severity = severity;
        Order = order;
        Step = step;
        Count = count;
        Unit = unit;
        AfterInvestigation = afterInvestigation;
    }

    public int Id { get; private set; }
    public HazardSeverity Severity { get; private set; }
    /// <summary>Where the step comes in its track; the first step of each track is the investigation the later ones count from.</summary>
    public int Order { get; private set; }
    public string Step { get; set; } = "";
    public int Count { get; set; }
    public HazardTimescaleUnit Unit { get; set; }
    public bool AfterInvestigation { get; set; }

    /// <summary>When the step is due, counted from <paramref name="from"/> (UTC) on the council's working-day calendar.</summary>
    /// <returns>The UK date due and, for a step counted in hours, the moment.</returns>
    public (DateOnly Due, DateTime? DueAt) DueFrom(DateTime from, WorkingDayCalendar calendar) => Unit switch
    {
        HazardTimescaleUnit.Hours => (UkTime.DateOf(from.AddHours(Count)), from.AddHours(Count)),
        HazardTimescaleUnit.Weeks => (UkTime.DateOf(from).AddDays(7 * Count), null),
        _ => (calendar.AddWorkingDays(UkTime.DateOf(from), Count), null),
    };
}
