using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// Something a stage's response promised the complainant, tracked until it is done: the Complaint Handling Code asks
/// the council to keep tracking outstanding actions after the response, so this outlives the case's closure. Changed
/// only through its case (<see cref="Complaint"/>), which puts every change on the timeline.
/// </summary>
public sealed class PromisedAction : VersionedEntity
{
    private PromisedAction() { }

    internal PromisedAction(int stageNumber, PromisedActionTerms terms, DateTime createdAt)
    {
        StageNumber = stageNumber;
        What = terms.What;
        DueDate = terms.DueDate;
        OwnerId = terms.OwnerId;
        WhoText = terms.Who;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int ComplaintId { get; private set; }
    public int StageNumber { get; private set; }
    public string What { get; private set; } = "";
    /// <summary>The date now in force; earlier dates and why they moved are on the case's timeline.</summary>
    public DateOnly DueDate { get; private set; }
    public Guid OwnerId { get; private set; }
    /// <summary>Who will do it, as the letter worded it; the owner is who answers for it.</summary>
    public string? WhoText { get; private set; }
    public PromisedActionStatus Status { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    /// <summary>The UK date it was done: what "on time" compares with <see cref="DueDate"/>, in the database, for the reports.</summary>
    public DateOnly? CompletedOn { get; private set; }
    public Guid? CompletedById { get; private set; }
    public string? CompletionNote { get; private set; }
    /// <summary>A document on the same case showing it done (a photo of the fitted fan, the contractor's report).</summary>
    public Guid? CompletionDocumentId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public bool IsOpen => Status == PromisedActionStatus.Open;

    internal void Complete(string note, Guid? documentId, Actor by, DateTime at)
    {
        if (!IsOpen) throw new DomainException($"“{What}” was already marked done.");
        if (string.IsNullOrWhiteSpace(note)) throw new DomainException("Say what was done.");
        Status = PromisedActionStatus.Done;
        CompletedAt = at;
        CompletedOn = UkTime.DateOf(at);
        CompletedById = by.StaffUserId == Guid.Empty ? null : by.StaffUserId;
        CompletionNote = note.Trim();
        CompletionDocumentId = documentId;
    }

    internal void Redate(DateOnly newDate, string reason, DateOnly today)
    {
        if (!IsOpen) throw new DomainException($"“{What}” is done: a done action is not re-dated.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Give the reason for the new date.");
        if (newDate < today) throw new DomainException("The new date cannot be in the past.");
        if (newDate == DueDate) throw new DomainException($"“{What}” is already due on {DueDate:d MMMM yyyy}.");
        DueDate = newDate;
    }
}
