using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

/// <summary>
/// Works out the Awaab's Law steps of a damp and mould flag from the timescales the complaints team keeps. The first step
/// of each track is the investigation; a step "after the investigation" counts from the investigation's latest date,
/// because the case does not record when the investigation actually ended: the date shown is the latest lawful one.
/// </summary>
public static class HazardDeadlines
{
    public static IReadOnlyList<HazardDeadline> For(long flagId, HazardSeverity severity, DateTime becameAwareAt, IEnumerable<HazardTimescale> timescales,
        WorkingDayCalendar calendar, DateTime now)
    {
        var steps = timescales.Where(t => t.Severity == severity).OrderBy(t => t.Order).ToList();
        if (steps.Count == 0) return [];
        var today = UkTime.DateOf(now);
        var investigation = steps[0].DueFrom(becameAwareAt, calendar);
        // Working days after a date count from that day, as the regulations count from "the day the investigation concludes".
        var afterInvestigation = investigation.DueAt ?? UkTime.ToUtc(investigation.Due.ToDateTime(TimeOnly.MinValue));
        return steps.Select(step =>
        {
            var (due, dueAt) = step == steps[0] ? investigation : step.DueFrom(step.AfterInvestigation ? afterInvestigation : becameAwareAt, calendar);
            var status = dueAt is { } moment
                ? now > moment ? DueStatus.Overdue : DueStatus.DueSoon
                : calendar.DueStatusOf(due, today);
            return new HazardDeadline(flagId, severity, step.Step, step.Count, step.Unit, step.AfterInvestigation && step != steps[0], due, dueAt, status);
        }).ToList();
    }
}
