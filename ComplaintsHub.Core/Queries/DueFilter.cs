using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

public enum DueFilter
{
    Overdue,
    /// <summary>Overdue or due within two working days.</summary>
    DueSoon,
    /// <summary>Overdue or due within five working days: the manager's weekly view.</summary>
    ThisWeek,
}
