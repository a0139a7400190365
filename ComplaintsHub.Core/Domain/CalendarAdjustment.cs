using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>An admin's change to the computed calendar: an extra closure day, or a computed holiday that is not one.</summary>
public sealed class CalendarAdjustment : VersionedEntity, ICalendarAdjustment
{
    private CalendarAdjustment() { }

    public CalendarAdjustment(DateOnly date, CalendarAdjustmentKind kind, string description, Guid? createdById, DateTime createdAt)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException("Give the day a description, e.g. \"Platinum Jubilee bank holiday\".");
        }

        Date = date;
        Kind = kind;
        Description = description.Trim();
        CreatedById = createdById;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public DateOnly Date { get; private set; }
    public CalendarAdjustmentKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public Guid? CreatedById { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
