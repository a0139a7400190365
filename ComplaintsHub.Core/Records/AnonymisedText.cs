namespace ComplaintsHub.Core.Records;

/// <summary>What stands where removed text was, so that a reader sees something was there and why it is not.</summary>
public static class AnonymisedText
{
    public const string Removed = "[Removed: anonymised under the council's records rules]";
    public const string FirstName = "Anonymised";
    public const string LastName = "person";
    public const string DocumentName = "removed";
    public const string ByName = "Records retention";
}
