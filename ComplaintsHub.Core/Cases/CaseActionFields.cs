namespace ComplaintsHub.Core.Cases;

/// <summary>The fields of a case action, named in <see cref="Input.InputRefusedException"/> so the page puts each message next to its field.</summary>
public static class CaseActionFields
{
    /// <summary>The action's text: the note, reason, summary, remedy or reference it asks for.</summary>
    public const string Text = "Text";
    public const string RootCause = "RootCause";
    public const string LessonLearnt = "LessonLearnt";
    public const string FinancialRedress = "FinancialRedress";
    public const string WorkingDays = "WorkingDays";
    /// <summary>The action's date: when it happened, or the agreed response date.</summary>
    public const string Date = "Date";
    public const string ComplianceDue = "ComplianceDue";
}
