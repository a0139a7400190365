using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A change to how a service works, raised from complaints or an Ombudsman decision that showed something wrong, owned
/// by a head of service or team leader and followed to done (or dropped, with the reason). The rules of its moves are
/// here, in one table; every change appends a line to its own history.
/// </summary>
public sealed class ImprovementAction : VersionedEntity
{
    /// <summary>The moves each status allows: planned work can start, finish or be dropped; finished work is final.</summary>
    private static readonly IReadOnlyDictionary<ImprovementActionStatus, ImprovementActionStatus[]> Moves = new Dictionary<ImprovementActionStatus, ImprovementActionStatus[]>
    {
        [ImprovementActionStatus.Planned] = [ImprovementActionStatus.InProgress, ImprovementActionStatus.Done, ImprovementActionStatus.Dropped],
        [ImprovementActionStatus.InProgress] = [ImprovementActionStatus.Done, ImprovementActionStatus.Dropped],
        [ImprovementActionStatus.Done] = [],
        [ImprovementActionStatus.Dropped] = [],
    };

    private readonly List<ImprovementActionCase> _cases = [];
    private readonly List<ImprovementActionEvent> _history = [];

    private ImprovementAction() { }

    internal ImprovementAction(ImprovementActionTerms terms, ImprovementActionSource source, IEnumerable<int> caseIds, int? ombudsmanEnquiryId, Actor by, DateTime at,
        int? spotCheckId = null)
    {
        Theme = terms.Theme;
        Description = terms.Description;
        ServiceAreaId = terms.ServiceAreaId;
        OwnerId = terms.OwnerId;
        DueDate = terms.DueDate;
        Source = source;
        OmbudsmanEnquiryId = ombudsmanEnquiryId;
        SpotCheckId = spotCheckId;
        RaisedOn = UkTime.DateOf(at);
        _cases.AddRange(caseIds.Distinct().Select(id => new ImprovementActionCase(id)));
        Touch(by, at);
    }

    public int Id { get; private set; }
    /// <summary>A short heading the lessons are grouped under ("Repairs appointments missed").</summary>
    public string Theme { get; private set; } = "";
    /// <summary>What will change, and how the council will know it worked.</summary>
    public string Description { get; private set; } = "";
    public int ServiceAreaId { get; private set; }
    public Guid OwnerId { get; private set; }
    /// <summary>The date now in force; earlier dates and why they moved are in the history.</summary>
    public DateOnly DueDate { get; private set; }
    public ImprovementActionStatus Status { get; private set; }
    public ImprovementActionSource Source { get; private set; }
    /// <summary>The Ombudsman enquiry whose decision it answers, when raised from one.</summary>
    public int? OmbudsmanEnquiryId { get; private set; }
    /// <summary>The spot check whose findings it answers, when raised from one.</summary>
    public int? SpotCheckId { get; private set; }
    /// <summary>The UK date it was raised, for "raised in the period".</summary>
    public DateOnly RaisedOn { get; private set; }
    /// <summary>The UK date it was marked done or dropped, for "done in the period" and "open at the period's end".</summary>
    public DateOnly? EndedOn { get; private set; }
    /// <summary>What was done, or why it was dropped.</summary>
    public string? EndNote { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";

    public IReadOnlyList<ImprovementActionCase> Cases => _cases;
    public IReadOnlyList<ImprovementActionEvent> History => _history;

    /// <summary>The statuses of work not yet done or dropped: one list for the aggregate, the queries (as SQL "IN") and the pages.</summary>
    public static readonly ImprovementActionStatus[] OpenStatuses = [ImprovementActionStatus.Planned, ImprovementActionStatus.InProgress];

    public bool IsOpen => OpenStatuses.Contains(Status);

    public bool IsOverdueOn(DateOnly day) => IsOpen && DueDate < day;

    public bool CanMoveTo(ImprovementActionStatus status) => Allows(Status, status);

    /// <summary>Whether the transition table allows the move, for a page that holds only the status.</summary>
    public static bool Allows(ImprovementActionStatus from, ImprovementActionStatus to) => Moves[from].Contains(to);

    public bool CanRedate => IsOpen;

    public bool CanReassign => IsOpen;

    internal void Record(string summary, Actor by, DateTime at)
    {
        _history.Add(new ImprovementActionEvent(by, at, summary));
        Touch(by, at);
    }

    internal void MoveTo(ImprovementActionStatus status, string? note, Actor by, DateTime at)
    {
        if (!CanMoveTo(status))
        {
            throw new DomainException(Status is ImprovementActionStatus.Done or ImprovementActionStatus.Dropped
                ? $"This action is already {Status.Describe().ToLowerInvariant()}: raise a new one if more needs doing."
                : $"An action that is {Status.Describe().ToLowerInvariant()} cannot be moved to {status.Describe().ToLowerInvariant()}.");
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        switch (status)
        {
            case ImprovementActionStatus.Done when note is null:
                throw new DomainException("Say what was done and how the council knows it worked.");
            case ImprovementActionStatus.Dropped when note is null:
                throw new DomainException("Give the reason the action is dropped.");
        }

        Status = status;
        if (status is ImprovementActionStatus.Done or ImprovementActionStatus.Dropped)
        {
            EndedOn = UkTime.DateOf(at);
            EndNote = note;
        }

        Record(status switch
        {
            ImprovementActionStatus.InProgress => note is null ? "Started." : $"Started: {note}",
            ImprovementActionStatus.Done => $"Done: {note}",
            _ => $"Dropped: {note}",
        }, by, at);
    }

    internal void Redate(DateOnly date, string reason, DateOnly today, Actor by, DateTime at)
    {
        if (!CanRedate) throw new DomainException($"This action is {Status.Describe().ToLowerInvariant()}: only an open action is re-dated.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the new date.");
        if (date < today) throw new DomainException("The new date cannot be in the past.");
        if (date == DueDate) throw new DomainException($"The action is already due on {DueDate:d MMMM yyyy}.");
        var before = DueDate;
        DueDate = date;
        Record($"Due date moved from {before:d MMMM yyyy} to {date:d MMMM yyyy}: {reason.Trim()}", by, at);
    }

    internal void Reassign(Guid ownerId, string ownerName, string previousOwnerName, Actor by, DateTime at)
    {
        if (!CanReassign) throw new DomainException($"This action is {Status.Describe().ToLowerInvariant()}: only an open action changes owner.");
        if (ownerId == OwnerId) throw new DomainException($"{ownerName} already owns this action.");
        OwnerId = ownerId;
        Record($"Owner changed from {previousOwnerName} to {ownerName}.", by, at);
    }

    private void Touch(Actor by, DateTime at)
    {
        UpdatedAt = at;
        UpdatedByName = by.Name;
    }
}
