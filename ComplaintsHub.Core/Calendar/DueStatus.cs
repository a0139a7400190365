namespace ComplaintsHub.Core.Calendar;

/// <summary>How a due date looks from today: the three states shown wherever a case is listed.</summary>
public enum DueStatus
{
    OnTrack,
    DueSoon,
    Overdue,
}
