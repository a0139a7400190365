namespace ComplaintsHub.Core.Domain;

/// <summary>One of the records a subject access request covers: a person can be on record more than once (an earlier name or address).</summary>
public sealed class SubjectAccessPerson
{
    private SubjectAccessPerson() { }

    public SubjectAccessPerson(int complainantId) => ComplainantId = complainantId;

    public int SubjectAccessRequestId { get; private set; }
    public int ComplainantId { get; private set; }
}
