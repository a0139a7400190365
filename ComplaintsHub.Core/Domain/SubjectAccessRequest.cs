using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A person's request for everything the council holds about them (UK GDPR article 15). It is due one calendar month from
/// receipt; the complaints team gathers the person's records (under every name and address they were logged with), chooses
/// whether staff names are included, produces the bundle and records when it was sent.
/// </summary>
public sealed class SubjectAccessRequest : VersionedEntity
{
    public const int MaxRequesterLength = 200;

    private SubjectAccessRequest() { }

    public int Id { get; private set; }
    /// <summary>Who asked, as they gave their name.</summary>
    public string Requester { get; private set; } = "";
    public DateOnly ReceivedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    /// <summary>Whether the bundle names the staff who handled the cases, as the council decides for each request.</summary>
    public bool IncludeStaffNames { get; private set; }
    public DateOnly? SentOn { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public List<SubjectAccessPerson> People { get; private set; } = [];

    public bool IsOpen => SentOn is null;

    /// <summary>One calendar month from receipt; a month with no such day ends on its last day (31 January is due 28 or 29 February).</summary>
    public static DateOnly DueFor(DateOnly receivedOn) => receivedOn.AddMonths(1);

    public static SubjectAccessRequest Open(string requester, DateOnly receivedOn, bool includeStaffNames, Actor by, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(requester)) throw new DomainException("Give the name of the person asking.");
        if (receivedOn > UkTime.DateOf(at)) throw new DomainException("The date the request was received cannot be in the future.");
        return new SubjectAccessRequest
        {
            Requester = requester.Trim(), ReceivedOn = receivedOn, DueOn = DueFor(receivedOn), IncludeStaffNames = includeStaffNames,
            CreatedByName = by.Name, CreatedAt = at, UpdatedByName = by.Name, UpdatedAt = at,
        };
    }

    public void AddPerson(int complainantId, Actor by, DateTime at)
    {
        RequireOpen();
        if (People.Any(p => p.ComplainantId == complainantId)) throw new DomainException("That record is already in this request.");
        People.Add(new SubjectAccessPerson(complainantId));
        Touch(by, at);
    }

    public void RemovePerson(int complainantId, Actor by, DateTime at)
    {
        RequireOpen();
        People.Remove(People.SingleOrDefault(p => p.ComplainantId == complainantId) ?? throw new DomainException("That record is not in this request."));
        Touch(by, at);
    }

    public void SetIncludeStaffNames(bool include, Actor by, DateTime at)
    {
        RequireOpen();
        IncludeStaffNames = include;
        Touch(by, at);
    }

    public void MarkSent(DateOnly sentOn, Actor by, DateTime at)
    {
        RequireOpen();
        if (People.Count == 0) throw new DomainException("Add the person's records before recording that the bundle was sent.");
        if (sentOn < ReceivedOn) throw new DomainException($"It cannot have been sent before the request was received ({ReceivedOn:d MMMM yyyy}).");
        if (sentOn > UkTime.DateOf(at)) throw new DomainException("The date sent cannot be in the future.");
        SentOn = sentOn;
        Touch(by, at);
    }

    private void RequireOpen()
    {
        if (SentOn is { } sent) throw new DomainException($"This request was answered on {sent:d MMMM yyyy}: open a new one for a further request.");
    }

    private void Touch(Actor by, DateTime at) => (UpdatedByName, UpdatedAt) = (by.Name, at);
}
