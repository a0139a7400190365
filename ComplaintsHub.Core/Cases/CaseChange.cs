using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;

namespace ComplaintsHub.Core.Cases;

/// <summary>
/// What a command works with while it is applied: the tracked case, the context it was read through (anything the
/// command adds is saved with the case, or not at all), the working-day calendar, the moment and who acts.
/// </summary>
public sealed record CaseChange(Complaint Case, ComplaintsDbContext Db, WorkingDayCalendar Calendar, DateTime Now, CurrentStaff Staff)
{
    public Actor By => Staff.Actor;

    /// <summary>Today in the UK: what dates typed into the form are checked against.</summary>
    public DateOnly Today => UkTime.DateOf(Now);

    /// <summary>Where a command puts the emails its change causes, in <see cref="Db"/>, so they are saved with it or not at all.</summary>
    public required StaffNotifications Notifications { get; init; }

    /// <summary>Where commands that say <see cref="CaseCommand.WritesContent"/> write and delete documents' content, through <see cref="Db"/>.</summary>
    public required IDocumentContentStore DocumentContent { get; init; }
}
