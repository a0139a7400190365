namespace ComplaintsHub.Core.Domain;

/// <summary>One stage of a complaint (Stage 1, Stage 2, …) with its deadlines and response.</summary>
public sealed class ComplaintStage : IReportedByArea
{
    private ComplaintStage() { }

    internal ComplaintStage(int stageNumber, DateTime openedAt, DateOnly openedOn, DateOnly acknowledgementDue, DateOnly? responseDue, ReportingKeys keys)
    {
        StageNumber = stageNumber;
        (ServiceAreaId, ProcedureId, SubjectId, CategoryId, OfficerAllocated) = keys;
        OpenedAt = openedAt;
        OpenedOn = openedOn;
        AcknowledgementDue = acknowledgementDue;
        ResponseDue = responseDue;
        OriginalResponseDue = responseDue;
    }

    public int Id { get; private set; }
    public int ComplaintId { get; private set; }
    public int StageNumber { get; private set; }

    /// <summary>
    /// The case's service area, procedure, subject and category, copied when the stage opens so that reports can
    /// count stages from one covering index without joining every row to its case. A case's classification facts do
    /// not change after logging; anything that one day changes them must change these too.
    /// </summary>
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    public int? SubjectId { get; private set; }
    public int? CategoryId { get; private set; }
    /// <summary>
    /// Whether the case has an officer allocated, kept on every stage by <see cref="Complaint.Allocate"/> for the same
    /// reason: "open at the period end, and allocated" is then one index range with no lookup into the cases.
    /// Allocation is never taken away (only moved to another officer), so once true it stays true.
    /// </summary>
    public bool OfficerAllocated { get; internal set; }
    /// <summary>The UK date the complaint was withdrawn while at this stage; cleared if it is reopened.</summary>
    public DateOnly? WithdrawnOn { get; internal set; }
    public DateTime OpenedAt { get; private set; }
    /// <summary>The UK date the stage's clock counts from.</summary>
    public DateOnly OpenedOn { get; private set; }
    public DateOnly AcknowledgementDue { get; private set; }
    public DateTime? AcknowledgedAt { get; internal set; }
    /// <summary>The response deadline now in force, after any extensions.</summary>
    public DateOnly? ResponseDue { get; internal set; }
    /// <summary>The deadline before any extension: reporting counts lateness against the agreed date, not this.</summary>
    public DateOnly? OriginalResponseDue { get; internal set; }
    public int ExtendedByWorkingDays { get; internal set; }
    public Guid? AssignedToId { get; internal set; }
    /// <summary>Who answered the stage: the next stage must be answered by someone else.</summary>
    public Guid? RespondedById { get; internal set; }
    public DateTime? ResponseSentAt { get; internal set; }
    public DateOnly? ResponseSentOn { get; internal set; }
    /// <summary>
    /// Working days from the clock's start to the response, and how many working days after the due date it went,
    /// fixed by the calendar when the response is sent so that reports can add them up in the database.
    /// </summary>
    public int? WorkingDaysToRespond { get; internal set; }
    public int? WorkingDaysLate { get; internal set; }
    public bool? RespondedWithinTimescale => WorkingDaysLate is { } late ? late == 0 : null;
    public Outcome? Outcome { get; internal set; }
    public string? RemedySummary { get; internal set; }
    /// <summary>Financial redress offered, in pounds.</summary>
    public decimal? FinancialRedress { get; internal set; }
    public string? RootCause { get; internal set; }
    public string? LessonLearnt { get; internal set; }
    /// <summary>The last day the complainant may escalate to the next stage; null on the last stage.</summary>
    public DateOnly? EscalationDeadline { get; internal set; }
    public List<StageExtension> Extensions { get; private set; } = [];

    public bool IsResponded => ResponseSentAt is not null;

    /// <summary>After a corrected receipt date: the stage counts again from the new date (extensions still apply).</summary>
    internal void Restart(DateTime openedAt, DateOnly openedOn, DateOnly acknowledgementDue, (DateOnly Original, DateOnly Extended)? responseDueFromReceipt)
    {
        OpenedAt = openedAt;
        OpenedOn = openedOn;
        AcknowledgementDue = acknowledgementDue;
        if (responseDueFromReceipt is { } due)
        {
            OriginalResponseDue = due.Original;
            ResponseDue = due.Extended;
        }
    }
}
