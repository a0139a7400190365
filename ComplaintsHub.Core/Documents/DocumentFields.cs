namespace ComplaintsHub.Core.Documents;

/// <summary>The fields of adding or removing a document, named in refusals so the page puts each message next to its field.</summary>
public static class DocumentFields
{
    public const string File = "File";
    public const string Description = "Description";
    public const string Reason = "Reason";
}
