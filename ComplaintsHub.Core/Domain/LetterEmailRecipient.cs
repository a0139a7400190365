using System.Net.Mail;
using ComplaintsHub.Core.Queries;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Where an issued letter can be emailed: to whoever it is addressed to — the representative the complainant consented to,
/// at their contact if it is an email address, else the complainant at their recorded email — or, when there is no such
/// address, why not.
/// </summary>
public sealed record LetterEmailRecipient(string Name, string Address)
{
    public static (LetterEmailRecipient? To, string? WhyNot) For(CaseComplainant? person)
    {
        if (person is null) return (null, "There is no complainant recorded on this case to email.");
        if (person is { ConsentToShareWithRepresentative: true, RepresentativeName: { Length: > 0 } representative })
        {
            return IsEmail(person.RepresentativeContact)
                ? (new LetterEmailRecipient(representative, person.RepresentativeContact!.Trim()), null)
                : (null, $"The letter is addressed to {representative}, and no email address is recorded for them.");
        }

        return IsEmail(person.Email)
            ? (new LetterEmailRecipient(person.Name, person.Email!.Trim()), null)
            : (null, $"No email address is recorded for {person.Name}.");
    }

    private static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim();
}
