namespace ComplaintsHub.Core.Queries;

public enum DueFilter
{
    Overdue,
    /// <summary>Overdue or due within two working days.</summary>
    DueSoon,
    /// <summary>Overdue or due within five working days: the manager's weekly view.</summary>
    ThisWeek,
}
