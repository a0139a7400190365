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
    /// <summary>Whether the person confirmed ending the case with promised actions still open.</summary>
    public const string OpenActionsConfirmed = "OpenActionsConfirmed";
    /// <summary>Which promised action a completion or a new date is for.</summary>
    public const string PromisedAction = "PromisedAction";

    /// <summary>What the response's promised action number <paramref name="index"/> (from 0) is.</summary>
    public static string PromisedWhat(int index) => $"Promised[{index}].What";
    public static string PromisedBy(int index) => $"Promised[{index}].By";
    public static string PromisedOwner(int index) => $"Promised[{index}].Owner";
}
