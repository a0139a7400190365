using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.DemoData;

/// <summary>
/// One subject access request in progress at the demo council: from a complainant who gave an email address, received
/// twelve days ago with their record already gathered, so the records pages have something true to show.
/// </summary>
internal static class DemoSubjectAccess
{
    public static SubjectAccessRequest? From(IEnumerable<Complaint> contacts, StaffUser manager, DateTime now)
    {
        if (contacts.Select(c => c.Complainant).FirstOrDefault(p => p is { Email: not null }) is not { } person) return null;
        var by = new Actor(manager.Id, manager.DisplayName);
        var received = UkTime.DateOf(now).AddDays(-12);
        var request = SubjectAccessRequest.Open(person.FullName, received, includeStaffNames: false, by, UkTime.ToUtc(received.ToDateTime(new TimeOnly(10, 0))));
        request.AddPerson(person.Id, by, now);
        return request;
    }
}
