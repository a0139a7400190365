namespace ComplaintsHub.Core.Domain;

/// <summary>The next number for a reference prefix and year (CMP-2026-00123). Concurrency-checked so two officers never get one number.</summary>
public sealed class ReferenceCounter : VersionedEntity
{
    private ReferenceCounter() { }

    public ReferenceCounter(string prefix, int year)
    {
        Prefix = prefix;
        Year = year;
    }

    public string Prefix { get; private set; } = "";
    public int Year { get; private set; }
    public int LastNumber { get; private set; }

    public string Next()
    {
        LastNumber++;
        return Format(Prefix, Year, LastNumber);
    }

    public static string Format(string prefix, int year, int number) => $"{prefix}-{year}-{number:00000}";

    public static string PrefixFor(ContactClassification classification) => classification switch
    {
        ContactClassification.Complaint => "CMP",
        ContactClassification.ServiceRequest => "SRQ",
        ContactClassification.GeneralEnquiry => "ENQ",
        ContactClassification.Compliment => "CPL",
        ContactClassification.Comment => "CMT",
        ContactClassification.MemberEnquiry => "MEM",
        _ => throw new ArgumentOutOfRangeException(nameof(classification)),
    };
}
