using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Contacts;

/// <summary>
/// What a typed search for a person matches: a surname (and the start of a first name), an email, part of a phone number,
/// a postcode, or the reference of one of their cases. One reading for the caller search and the records team's search.
/// </summary>
public static class ComplainantSearch
{
    /// <param name="cases">The cases whose references may lead to their complainant.</param>
    public static IQueryable<Complainant> Matching(IQueryable<Complainant> people, string term, IQueryable<Complaint> cases)
    {
        var search = ContactDetails.ParseSearch(term);
        var value = search.Value;
        people = search.Kind switch
        {
            SearchKind.Email => people.Where(c => c.Email != null && c.Email.ToLower().StartsWith(value)),
            SearchKind.Phone => people.Where(c => c.PhoneDigits != null && c.PhoneDigits.Contains(value)),
            SearchKind.Postcode => people.Where(c => c.Postcode != null && (c.Postcode.StartsWith(value) || c.Postcode.Replace(" ", "").StartsWith(value.Replace(" ", "")))),
            SearchKind.Reference => people.Where(c => cases.Any(k => k.ComplainantId == c.Id && k.Reference.Contains(value))),
            _ => people.Where(c => c.LastName.ToLower().StartsWith(value)),
        };
        if (search is { Kind: SearchKind.Name, FirstName: { } first })
        {
            people = people.Where(c => c.FirstName.ToLower().StartsWith(first));
        }

        return people;
    }
}
