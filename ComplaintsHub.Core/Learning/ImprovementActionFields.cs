namespace ComplaintsHub.Core.Learning;

/// <summary>The fields of an improvement action's forms, named in <see cref="Input.InputRefusedException"/> so the page puts each message next to its field.</summary>
public static class ImprovementActionFields
{
    public const string Theme = "Theme";
    public const string Description = "Description";
    public const string ServiceArea = "ServiceArea";
    public const string Owner = "Owner";
    public const string DueDate = "DueDate";
    /// <summary>The references of the other complaints it is raised from.</summary>
    public const string Cases = "Cases";
    /// <summary>The change's note: what was done, why it was dropped, why the date moves.</summary>
    public const string Note = "Note";
}
