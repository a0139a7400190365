namespace ComplaintsHub.Core.Domain;

public enum EscalationWindowUnit
{
    CalendarDays,
    WorkingDays,
}
