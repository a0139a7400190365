namespace ComplaintsHub.Core.Domain;

/// <summary>
/// Who may do a piece of scheduled work (the daily reminders) now, and the last day it was finished. Every app instance
/// shares the database, so an instance takes the lease with one conditional update before it starts: only one can win
/// it, and a lease whose holder stopped runs out at <see cref="HeldUntil"/> for another to take.
/// </summary>
public sealed class ScheduledWorkLease
{
    private ScheduledWorkLease() { }

    public ScheduledWorkLease(string name, DateTime heldUntil)
    {
        Name = name;
        HeldUntil = heldUntil;
    }

    public string Name { get; private set; } = "";
    public string? HeldBy { get; private set; }
    /// <summary>UTC; in the past when no one holds it.</summary>
    public DateTime HeldUntil { get; private set; }
    /// <summary>The UK day the work was last finished: it is done once a day.</summary>
    public DateOnly? LastCompletedOn { get; private set; }
}
